/**
 * Checks of the `claims` parameter over real HTTP, run by local/signinServerCheck.ts: client
 * capabilities (CP1) in the access token, the recorded token requests, and continuous access
 * evaluation end to end with the Graph emulator: a claims challenge only for a CP1 token, answered
 * by one refresh carrying the challenge's claims.
 */
import assert from "node:assert/strict";
import { ServerError, InteractionRequiredAuthError } from "@azure/msal-common";
import { startGraphEmulator } from "./graphEmulator";
import {
  accessClaims,
  msalClaims,
  msalTokenError,
  refresh,
  type Browser,
  type Endpoints,
  type TokenAnswer,
} from "./signinCheckClient";
import type { SignInServer } from "./signinServer";
import type { TokenRequestRecord } from "./signinTokenRequests";

export interface ClaimsCheckHarness {
  server: SignInServer;
  endpoints: Endpoints;
  /** The eSIM scope, as the app asks for it. */
  scope: string;
  /** Resets the sign-in server, runs the check in a fresh browser, reports it. */
  check(name: string, run: (browser: Browser) => Promise<void>): Promise<void>;
  /** Adele signs in through the account picker; `claims` goes on the authorize and token requests. */
  signIn(browser: Browser, claims?: string): Promise<TokenAnswer>;
  /** Where an authorize request with this `claims` parameter sends the app. */
  authorizeAnswer(browser: Browser, claims: string): Promise<URLSearchParams>;
}

const CP1 = ["CP1"];
const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g;
const FOREIGN_JWT = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln";

export async function checkClaims(harness: ClaimsCheckHarness): Promise<void> {
  const { server, endpoints, scope, check, signIn } = harness;
  const renew = (tokens: TokenAnswer, claims: string) =>
    refresh(endpoints, tokens.body["refresh_token"], scope, claims);
  const tokenRequests = async () =>
    (await (await fetch(`${server.url}/_control/token-requests`)).json()) as TokenRequestRecord[];

  await check(
    "xms_cc: the access token declares CP1 only when the claims ask for it",
    async (browser) => {
      const plain = await signIn(browser, msalClaims([]));
      assert.equal(accessClaims(plain)["xms_cc"], undefined);
      assert.deepEqual(accessClaims(await renew(plain, msalClaims(CP1)))["xms_cc"], CP1);
      // Graph knows no other capability, so Entra passes none on.
      assert.equal(accessClaims(await renew(plain, msalClaims(["CP2"])))["xms_cc"], undefined);
      assert.equal(
        accessClaims(await refresh(endpoints, plain.body["refresh_token"], scope))["xms_cc"],
        undefined,
      );
      assert.deepEqual(accessClaims(await signIn(browser, msalClaims(CP1)))["xms_cc"], CP1);
    },
  );

  await check("token requests: recorded with their claims, never a secret", async (browser) => {
    const signedIn = await signIn(browser, msalClaims(CP1));
    const notBefore = String(Math.floor(Date.now() / 1000));
    const challenge = { access_token: { nbf: { essential: true, value: notBefore } } };
    const renewed = await renew(signedIn, msalClaims(CP1, JSON.stringify(challenge)));
    // Entra honours the essential nbf: the new token is not valid before the revocation.
    assert.ok(Number(accessClaims(renewed)["nbf"]) >= Number(notBefore));
    const recorded = await tokenRequests();
    assert.deepEqual(recorded, [
      {
        grantType: "authorization_code",
        user: "admin",
        clientCapabilities: CP1,
        claims: null,
        status: 200,
      },
      {
        grantType: "refresh_token",
        user: "admin",
        clientCapabilities: CP1,
        claims: challenge.access_token,
        status: 200,
      },
    ]);
    const secrets = [signedIn, renewed].flatMap((answer) =>
      ["access_token", "id_token", "refresh_token"].map((name) => String(answer.body[name])),
    );
    assert.deepEqual(secretsIn(JSON.stringify(recorded), secrets), []);
    // The scan finds a planted refresh token, and a JWT it was not told about.
    const [, , refreshToken = ""] = secrets;
    const planted = JSON.stringify({ ...recorded[0], refreshToken, claims: FOREIGN_JWT });
    assert.deepEqual(secretsIn(planted, secrets), [refreshToken, FOREIGN_JWT]);
  });

  await check(
    "malformed claims: invalid_request (AADSTS90100), nothing used up",
    async (browser) => {
      const signedIn = await signIn(browser);
      const malformed = ["{", "", "[]", '"CP1"', '{"access_token":{"xms_cc":{"values":"CP1"}}}'];
      for (const claims of malformed) {
        const refused = await renew(signedIn, claims);
        assert.equal(refused.status, 400, claims);
        assert.equal(refused.body["error"], "invalid_request");
        assert.deepEqual(refused.body["error_codes"], [90100]);
        assert.match(String(refused.body["error_description"]), /^AADSTS90100: claims parameter/);
        const error = msalTokenError(refused.body);
        assert.ok(error instanceof ServerError && !(error instanceof InteractionRequiredAuthError));
      }
      assert.ok(accessClaims(await renew(signedIn, msalClaims([]))));
      const statuses = (await tokenRequests()).map(({ status, claims }) => ({ status, claims }));
      const refusedOnes = malformed.map(() => ({ status: 400, claims: null }));
      assert.deepEqual(statuses, [
        { status: 200, claims: null },
        ...refusedOnes,
        { status: 200, claims: null },
      ]);
      const answer = await harness.authorizeAnswer(browser, "{");
      assert.equal(answer.get("error"), "invalid_request");
      assert.match(answer.get("error_description") ?? "", /^AADSTS90100: /);
      assert.equal(answer.get("code"), null);
    },
  );

  const emulator = await startGraphEmulator({
    port: 0,
    jwksUri: server.jwksUri,
    issuer: server.issuers,
  });
  const graphControl = `${new URL(emulator.url).origin}/_control/faults`;
  const readPools = (tokens: TokenAnswer) =>
    fetch(`${emulator.url}${POOLS}`, {
      headers: {
        Authorization: `Bearer ${String(tokens.body["access_token"])}`,
        Origin: "http://127.0.0.1:5173",
      },
    });
  try {
    await check(
      "CAE: Graph challenges only a CP1 token; one refresh with its claims answers it",
      async (browser) => {
        const rule = { path: POOLS, claimsChallenge: true };
        const added = await fetch(graphControl, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(rule),
        });
        assert.equal(added.status, 204);
        const pending = async () => (await (await fetch(graphControl)).json()) as unknown[];

        const withoutCp1 = await signIn(browser, msalClaims([]));
        assert.equal((await readPools(withoutCp1)).status, 200);
        assert.deepEqual(await pending(), [{ ...rule, times: 1 }]);

        const withCp1 = await renew(withoutCp1, msalClaims(CP1));
        const challenged = await readPools(withCp1);
        assert.equal(challenged.status, 401);
        assert.match(
          challenged.headers.get("access-control-expose-headers") ?? "",
          /WWW-Authenticate/,
        );
        const header = challenged.headers.get("www-authenticate") ?? "";
        assert.match(header, /^Bearer realm="", .*error="insufficient_claims", claims="[\w+/=]+"$/);
        const claims = Buffer.from(/claims="([^"]+)"/.exec(header)?.[1] ?? "", "base64").toString();
        assert.deepEqual(await pending(), []);

        const renewed = await renew(withoutCp1, msalClaims(CP1, claims));
        assert.deepEqual(accessClaims(renewed)["xms_cc"], CP1);
        assert.equal((await readPools(renewed)).status, 200);
        const asked = (JSON.parse(claims) as { access_token: unknown }).access_token;
        assert.deepEqual(
          (await tokenRequests()).map((request) => request.claims),
          [null, null, asked],
        );
      },
    );
  } finally {
    await emulator.close();
  }
}

/** The known secrets and anything shaped like a JWT that occur in the text. */
function secretsIn(text: string, known: string[]): string[] {
  const jwts = [...text.matchAll(JWT)].map(([token]) => token);
  return [...new Set([...known.filter((secret) => text.includes(secret)), ...jwts])];
}
