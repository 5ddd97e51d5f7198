/** The consent and approval pages: plain HTML forms, like the account picker. */
import { permissionMeaning, type RegisteredApp } from "./signinConsent";
import { escapeHtml, hiddenFields, page } from "./signinPages";
import type { DemoUser } from "./users";

export interface ConsentPageDetails {
  app: RegisteredApp;
  user: DemoUser;
  /** Short Graph permission names. */
  permissions: readonly string[];
}

/** The user holds every permission asked for, so the user may consent (Accept) or not (Cancel). */
export function consentPage(
  action: string,
  params: URLSearchParams,
  { app, user, permissions }: ConsentPageDetails,
): string {
  return page(`<h1 id="heading">Permissions requested</h1>
    <p><strong>${escapeHtml(app.name)}</strong> asks to use these permissions as ${signedIn(user)}:</p>
    ${permissionList(permissions)}
    <p id="explanation">Accept lets ${escapeHtml(app.name)} use them for you until consent is revoked. Local demo: nothing leaves this machine.</p>
    <form method="post" action="${escapeHtml(action)}" aria-labelledby="heading" aria-describedby="explanation">
      ${hiddenFields(params)}
      <div class="actions">
        <button type="submit" name="consent" value="accept">Accept</button>
        <button type="submit" name="consent" value="cancel">Cancel</button>
      </div>
    </form>`);
}

/** The user lacks a permission asked for: only an administrator can grant it, Entra's AADSTS90094. */
export function approvalRequiredPage(
  action: string,
  params: URLSearchParams,
  { app, user, permissions }: ConsentPageDetails,
): string {
  return page(`<h1 id="heading">Approval required</h1>
    <p id="explanation"><strong>${escapeHtml(app.name)}</strong> needs permission that only an administrator can grant. An administrator must grant it for ${signedIn(user)} before the app can use it.</p>
    ${permissionList(permissions)}
    <p>AADSTS90094: The grant requires admin permission.</p>
    <form method="post" action="${escapeHtml(action)}" aria-labelledby="heading" aria-describedby="explanation">
      ${hiddenFields(params)}
      <div class="actions">
        <button type="submit" name="consent" value="back">Back to the app</button>
      </div>
    </form>`);
}

function signedIn(user: DemoUser): string {
  return `${escapeHtml(user.displayName)} (${escapeHtml(user.userPrincipalName)})`;
}

function permissionList(permissions: readonly string[]): string {
  const items = permissions.map(
    (scope) =>
      `<li><span class="permission">${escapeHtml(scope)}</span> — ${escapeHtml(permissionMeaning(scope))}</li>`,
  );
  return `<ul class="permissions" aria-label="Permissions">
      ${items.join("\n      ")}
    </ul>`;
}
