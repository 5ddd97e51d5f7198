/**
 * Consent: which of the Graph permissions a demo user holds are granted to the app, as an
 * administrator's grant (or the user's own consent) records it in Entra. Tokens carry only
 * consented permissions; a request for more needs the consent page, or an administrator.
 */
import type { ProtocolError } from "./signinRequest";
import { demoUsers, type DemoUser, type DemoUserKey } from "./users";

/** The demo tenant's one app registration, as the consent page and Entra's errors name it. */
export interface RegisteredApp {
  clientId: string;
  name: string;
}

/** One line per permission for the consent pages, like Entra's user-facing descriptions. */
const permissionMeanings: Readonly<Record<string, string>> = {
  "DeviceManagementConfiguration.Read.All":
    "Read Microsoft Intune device configuration and policies, including eSIM activation code pools",
  "DeviceManagementConfiguration.ReadWrite.All":
    "Read and change Microsoft Intune device configuration and policies, including eSIM activation code pools",
  "GroupMember.Read.All": "Read the names and memberships of all groups",
};

export function permissionMeaning(scope: string): string {
  return permissionMeanings[scope] ?? "A Microsoft Graph permission";
}

export class ConsentGrants {
  readonly #consented = new Map<DemoUserKey, Set<string>>();

  constructor() {
    this.reset();
  }

  /** Every held permission consented: the tenant after an administrator granted consent. */
  reset(): void {
    for (const user of demoUsers) this.#consented.set(user.key, new Set(user.graphScopes));
  }

  /** In the order users.ts lists them, so `scp` reads the same after a revoke and re-grant. */
  consented(user: DemoUser): string[] {
    const granted = this.#consented.get(user.key);
    return user.graphScopes.filter((scope) => granted?.has(scope));
  }

  /** Only held permissions can be consented: the caller checks, this ignores the rest. */
  grant(user: DemoUser, scopes: readonly string[]): void {
    const granted = this.#consented.get(user.key) ?? new Set();
    for (const scope of scopes) if (user.graphScopes.includes(scope)) granted.add(scope);
    this.#consented.set(user.key, granted);
  }

  revoke(user: DemoUser, scopes: readonly string[]): void {
    for (const scope of scopes) this.#consented.get(user.key)?.delete(scope);
  }
}

/** AADSTS65001, as Entra words it on the token endpoint and in a silent authorize answer. */
export function notConsentedDescription(app: RegisteredApp): string {
  return (
    `AADSTS65001: The user or administrator has not consented to use the application with ID ` +
    `'${app.clientId}' named '${app.name}'. Send an interactive authorization request for this ` +
    `user and resource.`
  );
}

export function consentRequired(app: RegisteredApp): ProtocolError {
  return { error: "consent_required", description: notConsentedDescription(app) };
}

export const consentDeclined: ProtocolError = {
  error: "access_denied",
  subcode: "cancel",
  description: "AADSTS65004: User declined to consent to access the app.",
};

/** "Back to the app" on the approval page: declined too, saying what an administrator must do. */
export function adminApprovalDeclined(notHeld: readonly string[]): ProtocolError {
  return {
    error: "access_denied",
    subcode: "cancel",
    description:
      `AADSTS65004: User declined to consent to access the app. An administrator must grant ` +
      `${notHeld.join(", ")} for this user first (AADSTS90094: The grant requires admin permission).`,
  };
}
