// @vitest-environment node
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, cspDirectives } from "./contentSecurityPolicy";
import { readConfigFile } from "./readConfigFile";
import { appConfig, clientId, cloudConfig, tenantId } from "./testConfig";

const demoConfigPath = new URL("../public/config.json", import.meta.url).pathname;

describe("the Content-Security-Policy", () => {
  it("lets the local demo reach its sign-in server and Graph emulator, and nothing else", async () => {
    const read = await readConfigFile(demoConfigPath);
    if (!read.ok) throw new Error(read.problems.join("\n"));
    expect(contentSecurityPolicy(read.config)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; " +
        "connect-src 'self' http://127.0.0.1:4011 http://127.0.0.1:4012 https://login.demo.invalid; " +
        "frame-src 'self' http://127.0.0.1:4011; frame-ancestors 'self'; base-uri 'none'; " +
        "object-src 'none'; form-action 'none'",
    );
  });

  it.each([
    {
      cloud: "global",
      signIn: "login.microsoftonline.com",
      connect: ["https://graph.microsoft.com", "https://login.microsoftonline.com"],
      frame: ["https://login.microsoftonline.com"],
    },
    {
      cloud: "usgov",
      signIn: "login.microsoftonline.us",
      connect: ["https://graph.microsoft.us", "https://login.microsoftonline.us"],
      frame: ["https://login.microsoftonline.us"],
    },
    {
      cloud: "usgovdod",
      signIn: "login.microsoftonline.us",
      connect: ["https://dod-graph.microsoft.us", "https://login.microsoftonline.us"],
      frame: ["https://login.microsoftonline.us"],
    },
    {
      // MSAL rewrites login.chinacloudapi.cn to its preferred network before any request.
      cloud: "china",
      signIn: "login.chinacloudapi.cn",
      connect: [
        "https://login.chinacloudapi.cn",
        "https://login.partner.microsoftonline.cn",
        "https://microsoftgraph.chinacloudapi.cn",
      ],
      frame: ["https://login.chinacloudapi.cn", "https://login.partner.microsoftonline.cn"],
    },
  ])(
    "names exactly the $cloud cloud's Graph and sign-in hosts",
    ({ cloud, signIn, connect, frame }) => {
      const directives = cspDirectives(cloudConfig(cloud, signIn));
      expect(directives["connect-src"]).toEqual(["'self'", ...connect]);
      expect(directives["frame-src"]).toEqual(["'self'", ...frame]);
    },
  );

  const otherProvider = {
    clientId,
    authority: `https://login.contoso.com/${tenantId}`,
    knownAuthorities: ["login.contoso.com"],
    authorityMetadata: {
      authorization_endpoint: `https://authorize.contoso.com/${tenantId}/authorize`,
      token_endpoint: `https://tokens.contoso.com:8443/${tenantId}/token`,
      end_session_endpoint: `https://logout.contoso.com/${tenantId}/logout`,
      jwks_uri: `https://keys.contoso.com/${tenantId}/keys`,
    },
  };

  it("takes the token and authorize origins from authorityMetadata, not logout or keys", () => {
    const directives = cspDirectives(appConfig({ auth: otherProvider }));
    expect(directives["connect-src"]).toEqual([
      "'self'",
      "https://graph.microsoft.com",
      "https://login.contoso.com",
      "https://tokens.contoso.com:8443",
    ]);
    expect(directives["frame-src"]).toEqual(["'self'", "https://authorize.contoso.com"]);
  });

  it("allows Microsoft's instance discovery for an authority MSAL neither knows nor was told about", () => {
    const auth = { ...otherProvider, knownAuthorities: undefined };
    expect(cspDirectives(appConfig({ auth }))["connect-src"]).toEqual([
      "'self'",
      "https://graph.microsoft.com",
      "https://login.contoso.com",
      "https://login.microsoftonline.com",
      "https://tokens.contoso.com:8443",
    ]);
  });

  it("refuses an origin it cannot write into the header", () => {
    const config = cloudConfig("global", "login.microsoftonline.com");
    config.graph.baseUrl = "https://graph$x.contoso.com/beta";
    expect(() => contentSecurityPolicy(config)).toThrow(
      "https://graph$x.contoso.com is not an origin a Content-Security-Policy can name.",
    );
  });
});
