import { formatIntuneErrorMessage } from "./graphReply";

/** read/write: the eSIM (Intune) routes; readGroups: the directory's group routes. */
export type AccessNeed = "read" | "write" | "readGroups";

export type AuthorizeResult =
  | { ok: true; clientCapabilities: string[] }
  | { ok: false; status: 401 | 403; code: string; message: string };

/** What a verified token grants: its `scp` values and the client capabilities (`xms_cc`) it declares. */
export interface TokenGrant {
  scopes: string[];
  clientCapabilities: string[];
}

/** Called first for every Graph request; the emulator checks real JWTs, unit tests fake ones. */
export type Authorize = (
  request: Request,
  need: AccessNeed,
) => AuthorizeResult | Promise<AuthorizeResult>;

export const graphScopes = {
  read: "DeviceManagementConfiguration.Read.All",
  readWrite: "DeviceManagementConfiguration.ReadWrite.All",
  /** Least privileged for a group picker. */
  groupMemberRead: "GroupMember.Read.All",
  groupRead: "Group.Read.All",
  directoryRead: "Directory.Read.All",
} as const;

const SCOPES_ALLOWING: Record<AccessNeed, string[]> = {
  read: [graphScopes.read, graphScopes.readWrite],
  write: [graphScopes.readWrite],
  readGroups: [graphScopes.groupMemberRead, graphScopes.groupRead, graphScopes.directoryRead],
};

/** The token's scopes are short names, as Entra issues them in `scp`. */
export function authorizeScopes(
  request: Request,
  { scopes, clientCapabilities }: TokenGrant,
  need: AccessNeed,
): AuthorizeResult {
  const allowing = SCOPES_ALLOWING[need];
  if (allowing.some((scope) => scopes.includes(scope))) return { ok: true, clientCapabilities };
  // The directory answers in plain text; only Intune wraps its message in JSON.
  if (need === "readGroups") {
    const message = "Insufficient privileges to complete the operation.";
    return { ok: false, status: 403, code: "Authorization_RequestDenied", message };
  }
  const text =
    "Application is not authorized to perform this operation. " +
    `Application must have one of the following scopes: ${allowing.join(", ")}`;
  return {
    ok: false,
    status: 403,
    code: "Forbidden",
    message: formatIntuneErrorMessage(request.url, text),
  };
}

/** The token from `Authorization: Bearer …`, or undefined when there is none. */
export function readBearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S.*?)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1];
}

export function invalidToken(message: string): AuthorizeResult {
  return { ok: false, status: 401, code: "InvalidAuthenticationToken", message };
}

export const EMPTY_TOKEN_MESSAGE = "Access token is empty.";
