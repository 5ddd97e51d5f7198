import { isTokenAcquisitionError } from "../auth/tokenGetter";
import { ClientErrorCode, isGraphError } from "../graph/GraphError";

/**
 * Whether group names can be read. Group requests never leave the page on their own: when Entra
 * ID needs the user (consent, or a session to renew), the screen asks first (`needsConsent`), and
 * only the admin's click opens the sign-in window.
 */
export type GroupAccess =
  | { status: "unknown" }
  | { status: "granted" }
  | { status: "needsConsent"; notice?: string | undefined }
  | { status: "asking" }
  | { status: "denied"; cause: "consent" | "forbidden"; error: unknown };

export interface GroupAccessStore {
  get(): GroupAccess;
  set(next: GroupAccess): void;
  subscribe(listener: () => void): () => void;
  /** Follows one group request: success means granted, a refusal changes the state. */
  track<T>(request: Promise<T>): Promise<T>;
}

export function createGroupAccessStore(initial: GroupAccess = { status: "unknown" }) {
  let access = initial;
  const listeners = new Set<() => void>();
  const store: GroupAccessStore = {
    get: () => access,
    set(next) {
      access = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async track(request) {
      try {
        const result = await request;
        if (store.get().status === "unknown") store.set({ status: "granted" });
        return result;
      } catch (error) {
        const next = accessAfter(error);
        if (next && store.get().status !== "denied") store.set(next);
        throw error;
      }
    },
  };
  return store;
}

/** Group requests may be sent now (they run silently). */
export function mayRequest(access: GroupAccess): boolean {
  return access.status === "unknown" || access.status === "granted";
}

/** What a failed group request says about access; undefined when it says nothing about it. */
export function accessAfter(error: unknown): GroupAccess | undefined {
  if (isGraphError(error) && error.status === 403) {
    return { status: "denied", cause: "forbidden", error };
  }
  const cause =
    isGraphError(error) && error.code === ClientErrorCode.TokenUnavailable ? error.cause : error;
  if (!isTokenAcquisitionError(cause)) return undefined;
  switch (cause.reason) {
    case "interactionRequired":
      return { status: "needsConsent" };
    case "refused":
      return { status: "denied", cause: "consent", error: cause };
    case "cancelled":
      return {
        status: "needsConsent",
        notice: "The sign-in window was closed before it finished.",
      };
    case "failed":
      return undefined;
  }
}
