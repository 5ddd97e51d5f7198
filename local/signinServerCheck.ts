/**
 * Check of the sign-in server over real HTTP: PKCE sign-ins through the account picker, consent
 * (incremental, revoked, not held), what MSAL makes of each refusal, and the `claims` parameter
 * (local/signinClaimsCheck.ts): `npm run test:stack` (exits non-zero on the first failed check).
 */
import assert from "node:assert/strict";
import { InteractionRequiredAuthError, ServerError } from "@azure/msal-common";
import {
  accessClaims,
  answerOf,
  authorizeRequest,
  Browser,
  buttonsOf,
  GRAPH,
  headingOf,
  msalAuthorizeError,
  msalTokenError,
  OPENID,
  pageOf,
  redeem,
  refresh,
  textOf,
  type Endpoints,
  type Landing,
} from "./signinCheckClient";
import { checkClaims } from "./signinClaimsCheck";
import { entraPaths } from "./signinEndpoints";
import { startSignInServer } from "./signinServer";

const TENANT = "0c0ffee0-0000-4000-8000-00000000c0de";
const CLIENT_ID = "c1e47000-0000-4000-8000-0000000000c1";
const READ = "DeviceManagementConfiguration.Read.All";
const READ_WRITE = "DeviceManagementConfiguration.ReadWrite.All";
const GROUPS = "GroupMember.Read.All";
const ESIM_SCOPE = `${GRAPH}/${READ_WRITE} ${OPENID}`;
const GROUP_SCOPE = `${GRAPH}/${GROUPS} ${OPENID}`;
// Nothing listens there: the check reads where the server sends the browser, never goes.
const APP = "http://127.0.0.1:9/";
const POPUP = "http://127.0.0.1:9/redirect.html";
const ADELE = /^Adele Vance\b/;
const LEE = /^Lee Gu\b/;
const NOT_CONSENTED = new RegExp(
  `^AADSTS65001: The user or administrator has not consented to use the application with ID ` +
    `'${CLIENT_ID}' named 'eSIM Pool Admin'\\. Send an interactive authorization request`,
);
const GROUP_MEANING = `${GROUPS} — Read the names and memberships of all groups`;

const server = await startSignInServer({
  port: 0,
  tenantId: TENANT,
  issuer: `https://login.check.invalid/${TENANT}/v2.0`,
  quiet: true,
});
const paths = entraPaths(TENANT);
const discovery = (await (await fetch(server.url + paths.discovery)).json()) as Record<
  string,
  string
>;
const endpoints: Endpoints = {
  authorize: String(discovery["authorization_endpoint"]),
  token: String(discovery["token_endpoint"]),
  clientId: CLIENT_ID,
};
const control = (path: string, method = "POST", body?: unknown) =>
  fetch(`${server.url}/_control/${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const consentOf = async () => (await (await control("consent", "GET")).json()) as unknown;
const revoke = async (user: string, scopes: string[]) => {
  const response = await control("consent", "POST", { user, revoke: scopes });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as unknown;
};

type Authorize = Parameters<typeof authorizeRequest>[1];
const authorize = (
  browser: Browser,
  options: Omit<Authorize, "redirectUri"> & { redirectUri?: string },
) => {
  const request = authorizeRequest(endpoints, { redirectUri: APP, ...options });
  return { request, landing: browser.navigate(request.url) };
};

/** Sign-in as MSAL's loginRedirect does it: the picker, then straight back with a code. */
async function signIn(browser: Browser, who: RegExp, scope = ESIM_SCOPE, claims?: string) {
  const { request, landing } = authorize(browser, { scope, prompt: "select_account", claims });
  const picker = await landing;
  assert.equal(headingOf(pageOf(picker).html), "Pick an account");
  const answer = answerOf(await browser.press(picker, who), request);
  const tokens = await redeem(endpoints, answer.get("code") ?? "", request, claims);
  return { tokens, claims: accessClaims(tokens) };
}

async function check(name: string, run: (browser: Browser) => Promise<void>) {
  assert.equal((await control("reset")).status, 204);
  await run(new Browser(new URL(server.url).origin));
  console.log(`ok  ${name}`);
}

function assertPage(landing: Landing, heading: string, buttons: string[]) {
  const page = pageOf(landing);
  assert.equal(page.status, 200);
  assert.equal(headingOf(page.html), heading);
  assert.deepEqual(buttonsOf(landing), buttons);
  assert.match(
    page.headers.get("content-security-policy") ?? "",
    /default-src 'none'.*frame-ancestors 'none'/,
  );
  assert.equal(page.headers.get("x-frame-options"), "DENY");
  assert.equal(page.headers.get("cache-control"), "no-store");
}

function assertConsentRefusal(answer: { status: number; body: Record<string, unknown> }) {
  assert.equal(answer.status, 400);
  assert.equal(answer.body["error"], "invalid_grant");
  assert.equal(answer.body["suberror"], "consent_required");
  assert.deepEqual(answer.body["error_codes"], [65001]);
  assert.match(String(answer.body["error_description"]), NOT_CONSENTED);
  assert.equal(answer.body["access_token"], undefined);
  const error = msalTokenError(answer.body);
  assert.ok(error instanceof InteractionRequiredAuthError, `MSAL: ${String(error)}`);
  assert.equal(error.errorCode, "invalid_grant");
  assert.equal(error.subError, "consent_required");
}

try {
  await check("port 0: the bound port is the origin discovery names", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:(?!0$)\d+$/);
    assert.equal(endpoints.token, server.url + paths.token);
  });
  await check(
    "Adele's sign-in token carries both consented permissions, no consent page",
    async (browser) => {
      const { tokens, claims } = await signIn(browser, ADELE);
      assert.equal(claims["scp"], `${READ_WRITE} ${GROUPS}`);
      assert.equal(claims["aud"], GRAPH);
      assert.equal(tokens.body["scope"], `${GRAPH}/${READ_WRITE} ${GRAPH}/${GROUPS} ${OPENID}`);
      const renewed = await refresh(endpoints, tokens.body["refresh_token"], GROUP_SCOPE);
      assert.equal(accessClaims(renewed)["scp"], `${READ_WRITE} ${GROUPS}`);
    },
  );
  await check(
    "Lee asks for ReadWrite.All and gets only Read.All, no consent page",
    async (browser) => {
      const { tokens, claims } = await signIn(browser, LEE);
      assert.equal(claims["scp"], READ);
      assert.equal(tokens.body["scope"], `${GRAPH}/${READ} ${OPENID}`);
    },
  );
  await check(
    "Lee's refresh for GroupMember.Read.All: consent_required, interaction required",
    async (browser) => {
      const { tokens } = await signIn(browser, LEE);
      assertConsentRefusal(await refresh(endpoints, tokens.body["refresh_token"], GROUP_SCOPE));
      const esim = await refresh(endpoints, tokens.body["refresh_token"], ESIM_SCOPE);
      assert.equal(accessClaims(esim)["scp"], READ);
    },
  );
  await check(
    "Lee's prompt=none for GroupMember.Read.All: error=consent_required",
    async (browser) => {
      await signIn(browser, LEE);
      const { request, landing } = authorize(browser, {
        scope: GROUP_SCOPE,
        prompt: "none",
        redirectUri: POPUP,
      });
      const answer = answerOf(await landing, request);
      assert.equal(answer.get("error"), "consent_required");
      assert.match(answer.get("error_description") ?? "", NOT_CONSENTED);
      assert.equal(answer.get("code"), null);
      const error = msalAuthorizeError(answer, request);
      assert.ok(error instanceof InteractionRequiredAuthError, `MSAL: ${String(error)}`);
      assert.equal(error.errorCode, "consent_required");
      // The eSIM scope, consented, still renews silently.
      const esim = authorize(browser, { scope: ESIM_SCOPE, prompt: "none" });
      assert.ok(answerOf(await esim.landing, esim.request).get("code"));
    },
  );
  await check(
    "Lee's popup for GroupMember.Read.All: Approval required, Back answers access_denied",
    async (browser) => {
      await signIn(browser, LEE);
      const { request, landing } = authorize(browser, { scope: GROUP_SCOPE, redirectUri: POPUP });
      const approval = await landing;
      assertPage(approval, "Approval required", ["Back to the app"]);
      assert.ok(textOf(approval).includes(GROUP_MEANING), textOf(approval));
      assert.match(textOf(approval), /an administrator must grant it for Lee Gu/i);
      assert.match(textOf(approval), /AADSTS90094/);
      const answer = answerOf(await browser.press(approval, "Back to the app"), request);
      assert.equal(answer.get("error"), "access_denied");
      assert.equal(answer.get("error_subcode"), "cancel");
      assert.match(answer.get("error_description") ?? "", /^AADSTS65004: .*GroupMember\.Read\.All/);
      assert.equal(answer.get("code"), null);
      const error = msalAuthorizeError(answer, request);
      assert.ok(error instanceof ServerError && !(error instanceof InteractionRequiredAuthError));
      assert.equal(error.errorCode, "access_denied");
    },
  );
  await check("a forged Accept on the approval page grants nothing", async (browser) => {
    await signIn(browser, LEE);
    const approval = await authorize(browser, { scope: GROUP_SCOPE, redirectUri: POPUP }).landing;
    const html = pageOf(approval).html.replace(
      'value="back">Back to the app',
      'value="accept">Accept',
    );
    const again = await browser.press({ ...pageOf(approval), html }, "Accept");
    assertPage(again, "Approval required", ["Back to the app"]);
    assert.deepEqual(await consentOf(), { admin: [READ_WRITE, GROUPS], reader: [READ] });
  });
  await check(
    "revoked: Adele's sign-in token lacks GroupMember.Read.All; refresh and prompt=none refused",
    async (browser) => {
      assert.deepEqual(await revoke("admin", [GROUPS]), { user: "admin", consented: [READ_WRITE] });
      const { tokens, claims } = await signIn(browser, ADELE);
      assert.equal(claims["scp"], READ_WRITE);
      assert.equal(tokens.body["scope"], `${GRAPH}/${READ_WRITE} ${OPENID}`);
      assertConsentRefusal(await refresh(endpoints, tokens.body["refresh_token"], GROUP_SCOPE));
      const silent = authorize(browser, { scope: GROUP_SCOPE, prompt: "none", redirectUri: POPUP });
      assert.equal(answerOf(await silent.landing, silent.request).get("error"), "consent_required");
    },
  );
  await check(
    "revoked: the popup asks Adele; Accept issues a code whose token carries it",
    async (browser) => {
      await revoke("admin", [GROUPS]);
      const { tokens } = await signIn(browser, ADELE);
      const { request, landing } = authorize(browser, { scope: GROUP_SCOPE, redirectUri: POPUP });
      const consent = await landing;
      assertPage(consent, "Permissions requested", ["Accept", "Cancel"]);
      assert.ok(textOf(consent).includes("eSIM Pool Admin"));
      assert.ok(textOf(consent).includes(GROUP_MEANING), textOf(consent));
      const answer = answerOf(await browser.press(consent, "Accept"), request);
      const granted = accessClaims(await redeem(endpoints, answer.get("code") ?? "", request));
      assert.equal(granted["scp"], `${READ_WRITE} ${GROUPS}`);
      assert.deepEqual(await consentOf(), { admin: [READ_WRITE, GROUPS], reader: [READ] });
      // The sign-in's refresh token now renews for it too: consent is the user's, not the code's.
      const renewed = await refresh(endpoints, tokens.body["refresh_token"], GROUP_SCOPE);
      assert.equal(accessClaims(renewed)["scp"], `${READ_WRITE} ${GROUPS}`);
    },
  );
  await check(
    "revoked: Cancel answers access_denied (AADSTS65004), in the query when asked",
    async (browser) => {
      await revoke("admin", [GROUPS]);
      await signIn(browser, ADELE);
      const { request, landing } = authorize(browser, {
        scope: GROUP_SCOPE,
        redirectUri: POPUP,
        responseMode: "query",
      });
      const answer = answerOf(await browser.press(await landing, "Cancel"), request);
      assert.equal(answer.get("error"), "access_denied");
      assert.equal(answer.get("error_subcode"), "cancel");
      assert.equal(
        answer.get("error_description"),
        "AADSTS65004: User declined to consent to access the app.",
      );
      assert.equal(answer.get("code"), null);
      assert.deepEqual(await consentOf(), { admin: [READ_WRITE], reader: [READ] });
    },
  );
  await check(
    "revoked Read.All: Lee's sign-in asks him to consent to what he holds",
    async (browser) => {
      await revoke("reader", [READ]);
      const { request, landing } = authorize(browser, { scope: ESIM_SCOPE });
      const consent = await browser.press(await landing, LEE);
      assertPage(consent, "Permissions requested", ["Accept", "Cancel"]);
      assert.ok(textOf(consent).includes(`${READ} — `));
      assert.ok(!textOf(consent).includes(READ_WRITE));
      const answer = answerOf(await browser.press(consent, "Accept"), request);
      assert.equal(
        accessClaims(await redeem(endpoints, answer.get("code") ?? "", request))["scp"],
        READ,
      );
    },
  );
  await check(
    "/_control/reset restores default consent, ends sign-ins, forgets token requests",
    async (browser) => {
      await revoke("admin", [GROUPS]);
      const { tokens } = await signIn(browser, ADELE);
      const tokenRequests = async () => (await control("token-requests", "GET")).json();
      assert.equal(((await tokenRequests()) as unknown[]).length, 1);
      assert.equal((await control("reset")).status, 204);
      assert.deepEqual(await consentOf(), { admin: [READ_WRITE, GROUPS], reader: [READ] });
      assert.deepEqual(await tokenRequests(), []);
      const expired = await refresh(endpoints, tokens.body["refresh_token"], ESIM_SCOPE);
      assert.equal(expired.status, 400);
      assert.match(String(expired.body["error_description"]), /^AADSTS70008:/);
      // A bare invalid_grant: MSAL first tries a hidden iframe, and only then asks the user.
      const error = msalTokenError(expired.body);
      assert.ok(error instanceof ServerError && !(error instanceof InteractionRequiredAuthError));
      const again = await signIn(new Browser(new URL(server.url).origin), ADELE);
      assert.equal(again.claims["scp"], `${READ_WRITE} ${GROUPS}`);
    },
  );
  await check(
    "control: consent changes name a demo user and permissions that user holds",
    async () => {
      const refused = [
        { user: "nobody", revoke: [GROUPS] },
        { user: "reader", revoke: [GROUPS] },
        { user: "admin" },
        { user: "admin", revoke: GROUPS },
      ];
      for (const body of refused) {
        const response = await control("consent", "POST", body);
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.equal(typeof ((await response.json()) as { error?: unknown }).error, "string");
      }
      const broken = await fetch(`${server.url}/_control/consent`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{",
      });
      assert.equal(broken.status, 400);
      assert.deepEqual(await revoke("adele.vance@contoso.example", [`${GRAPH}/${GROUPS}`]), {
        user: "admin",
        consented: [READ_WRITE],
      });
      const regranted = await control("consent", "POST", { user: "admin", grant: [GROUPS] });
      assert.deepEqual(await regranted.json(), { user: "admin", consented: [READ_WRITE, GROUPS] });
    },
  );
  await checkClaims({
    server,
    endpoints,
    scope: ESIM_SCOPE,
    check,
    signIn: async (browser, claims) => (await signIn(browser, ADELE, ESIM_SCOPE, claims)).tokens,
    authorizeAnswer: async (browser, claims) => {
      const { request, landing } = authorize(browser, { scope: ESIM_SCOPE, claims });
      return answerOf(await landing, request);
    },
  });
} finally {
  await server.close();
}
