/**
 * Sign-in WITHOUT auth.authorityMetadata, as with Entra ID: MSAL discovers the endpoints from an
 * https authority (the sign-in server's self-signed https listener), redeems the code over TLS,
 * and the Graph emulator accepts the access token that names that https issuer.
 */
import { demo, discoveryConfig, signInTlsOrigin } from "../local/demo";
import { expect, signIn, test } from "./fixtures";

const authority = discoveryConfig.auth.authority;
const site = `http://${demo.host}:${demo.discoverySitePort}`;

// The same build deployed with discoveryConfig: nginx serves it with that config's own headers.
test.use({ baseURL: site, ignoreHTTPSErrors: true });

test.describe("sign-in discovered from an https authority (no authorityMetadata)", () => {
  test("the discovery document names the https issuer and https endpoints", async ({ request }) => {
    const response = await request.get(`${authority}v2.0/.well-known/openid-configuration`);
    expect(response.ok()).toBe(true);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery["issuer"]).toBe(`${authority}v2.0`);
    for (const endpoint of [
      "authorization_endpoint",
      "token_endpoint",
      "end_session_endpoint",
      "jwks_uri",
    ]) {
      expect(String(discovery[endpoint])).toMatch(new RegExp(`^${signInTlsOrigin}/`));
    }
  });

  test("an admin signs in and the pools load from Graph", async ({ page }) => {
    const configs: unknown[] = [];
    page.on("response", async (response) => {
      if (response.url() === `${site}/config.json`) configs.push(await response.json());
    });
    const discoveryCalls: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/.well-known/openid-configuration")) {
        discoveryCalls.push(request.url());
      }
    });
    const tokenResponse = page.waitForResponse(
      (response) =>
        response.url().split("?")[0] === `${authority}oauth2/v2.0/token` &&
        response.request().method() === "POST",
    );

    await signIn(page, "admin", signInTlsOrigin);
    await expect(page.getByRole("heading", { name: "Activation code pools" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /^60 pools$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Contoso Mobile – Europe 5G$/ })).toBeVisible();

    // The access token Graph accepted was issued over TLS and names the https issuer.
    const tokens = (await (await tokenResponse).json()) as { access_token: string };
    expect(jwtPayload(tokens.access_token)["iss"]).toBe(`${authority}v2.0`);

    // This deployment's config (no authorityMetadata) drove the sign-in: MSAL asked the https
    // authority for its discovery document.
    expect(configs).toContainEqual(discoveryConfig);
    expect(discoveryCalls).toContain(`${authority}v2.0/.well-known/openid-configuration`);
  });
});

function jwtPayload(jwt: string): Record<string, unknown> {
  const [, payload = ""] = jwt.split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}
