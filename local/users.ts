/** The demo tenant's people: who can sign in on the local sign-in page and what their tokens allow. */

export type DemoUserKey = "admin" | "reader";

export interface DemoUser {
  key: DemoUserKey;
  /** Entra object id: fixed, so the Graph emulator and tests can refer to it. */
  oid: string;
  displayName: string;
  userPrincipalName: string;
  roleLabel: string;
  /** One sentence for the start-up banner and the sign-in page. */
  canDo: string;
  /** Delegated Graph permissions (short names) the user holds; tokens carry the consented ones. */
  graphScopes: readonly string[];
}

export const demoUsers: readonly DemoUser[] = [
  {
    key: "admin",
    oid: "4f9a2c1e-7b3d-4e8a-9c6f-1a2b3c4d5e01",
    displayName: "Adele Vance",
    userPrincipalName: "adele.vance@contoso.example",
    roleLabel: "Intune administrator",
    canDo: "can view pools and assign them to groups",
    graphScopes: ["DeviceManagementConfiguration.ReadWrite.All", "GroupMember.Read.All"],
  },
  {
    key: "reader",
    oid: "8e3b5d7f-2a4c-4b6d-8f1e-3c5a7e9b1d02",
    displayName: "Lee Gu",
    userPrincipalName: "lee.gu@contoso.example",
    roleLabel: "Read-only",
    canDo: "can view pools and assignments, but not change them",
    graphScopes: ["DeviceManagementConfiguration.Read.All"],
  },
];

export function demoUser(key: DemoUserKey): DemoUser {
  const user = demoUsers.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`No demo user "${key}".`);
  return user;
}

export function findDemoUserByKey(key: string): DemoUser | undefined {
  return demoUsers.find((user) => user.key === key);
}

/** Matches a `login_hint` the way Entra does: by sign-in name, case-insensitively. */
export function findDemoUserByLogin(login: string): DemoUser | undefined {
  const wanted = login.trim().toLowerCase();
  return demoUsers.find((user) => user.userPrincipalName.toLowerCase() === wanted);
}
