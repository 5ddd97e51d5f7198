import { describe, expect, it } from "vitest";
import { loadConfig, parseConfig } from "./loadConfig";

const appUrl = "https://esim.contoso.com/";
const minimal = {
  auth: {
    clientId: "11111111-2222-3333-4444-555555555555",
    authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
  },
};

function respond(body: string, status = 200): typeof fetch {
  return async () =>
    new Response(body, { status, headers: { "Content-Type": "application/json" } });
}

describe("loadConfig", () => {
  it("fetches config.json next to the app and fills the global cloud defaults", async () => {
    const requested: string[] = [];
    const fetchImpl: typeof fetch = async (input) => {
      requested.push(String(input));
      return new Response(JSON.stringify(minimal));
    };
    const result = await loadConfig(appUrl, fetchImpl);
    expect(requested).toEqual(["https://esim.contoso.com/config.json"]);
    expect(result).toEqual({
      ok: true,
      config: {
        cloud: "global",
        demo: false,
        auth: {
          clientId: minimal.auth.clientId,
          authority: minimal.auth.authority,
          knownAuthorities: [],
          authorityMetadata: undefined,
          redirectUri: appUrl,
        },
        graph: {
          baseUrl: "https://graph.microsoft.com/beta",
          scopes: ["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"],
          groupScopes: ["https://graph.microsoft.com/GroupMember.Read.All"],
        },
      },
    });
  });

  it.each([
    ["usgov", "https://login.microsoftonline.us", "https://graph.microsoft.us"],
    ["usgovdod", "https://login.microsoftonline.us", "https://dod-graph.microsoft.us"],
    ["china", "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn"],
  ])("qualifies scopes and base URL for the %s cloud", (cloud, signIn, host) => {
    const auth = { ...minimal.auth, authority: `${signIn}/contoso` };
    const result = parseConfig({ auth, cloud }, "x", appUrl);
    if (!result.ok) throw new Error("expected a valid config");
    expect(result.config.graph.baseUrl).toBe(`${host}/beta`);
    expect(result.config.graph.scopes).toEqual([
      `${host}/DeviceManagementConfiguration.ReadWrite.All`,
    ]);
    expect(result.config.graph.groupScopes).toEqual([`${host}/GroupMember.Read.All`]);
  });

  it("keeps explicit graph settings and stringifies authorityMetadata objects for MSAL", () => {
    const metadata = { authorization_endpoint: "http://127.0.0.1:1/t/authorize" };
    const result = parseConfig(
      {
        auth: {
          ...minimal.auth,
          authorityMetadata: metadata,
          knownAuthorities: ["login.demo.invalid"],
        },
        graph: {
          baseUrl: "http://127.0.0.1:4012/beta/",
          scopes: ["https://graph.microsoft.com/X"],
          groupScopes: ["https://graph.microsoft.com/Group.Read.All"],
        },
      },
      "x",
      appUrl,
    );
    if (!result.ok) throw new Error("expected a valid config");
    expect(result.config.auth.authorityMetadata).toBe(JSON.stringify(metadata));
    expect(result.config.auth.knownAuthorities).toEqual(["login.demo.invalid"]);
    expect(result.config.graph).toEqual({
      baseUrl: "http://127.0.0.1:4012/beta",
      scopes: ["https://graph.microsoft.com/X"],
      groupScopes: ["https://graph.microsoft.com/Group.Read.All"],
    });
  });

  it("names each bad key", () => {
    const result = parseConfig(
      {
        auth: { authority: "http://login.example.com/t", authorityMetadata: "{not json" },
        cloud: "mars",
      },
      "https://esim.contoso.com/config.json",
      appUrl,
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.kind !== "invalid") throw new Error("expected invalid");
    expect(result.problem.issues.map((issue) => issue.key)).toEqual([
      "auth.clientId",
      "auth.authority",
      "auth.authorityMetadata",
      "cloud",
    ]);
  });

  it("reports a missing file, a file that is not JSON, and a network failure", async () => {
    expect(await loadConfig(appUrl, respond("nope", 404))).toMatchObject({
      ok: false,
      problem: { kind: "missing", status: 404 },
    });
    expect(await loadConfig(appUrl, respond("{ oops"))).toMatchObject({
      ok: false,
      problem: { kind: "not-json" },
    });
    const offline: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await loadConfig(appUrl, offline)).toMatchObject({
      ok: false,
      problem: { kind: "unreachable" },
    });
  });

  it("refuses a config that is not an object", () => {
    const result = parseConfig([], "x", appUrl);
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: "invalid", issues: [{ key: "(whole file)" }] },
    });
  });

  it("refuses plain http for Graph and the redirect URI except on loopback", () => {
    const result = parseConfig(
      {
        auth: { ...minimal.auth, redirectUri: "http://esim.contoso.com/" },
        graph: { baseUrl: "http://graph.contoso.com/beta" },
      },
      "x",
      appUrl,
    );
    expect(result).toMatchObject({
      ok: false,
      problem: { issues: [{ key: "auth.redirectUri" }, { key: "graph.baseUrl" }] },
    });
    const loopback = parseConfig(
      { ...minimal, graph: { baseUrl: "http://127.0.0.1:4012/beta" } },
      "x",
      appUrl,
    );
    expect(loopback.ok).toBe(true);
  });

  it("refuses a Microsoft sign-in or Graph host of another cloud", () => {
    const result = parseConfig(
      {
        auth: { ...minimal.auth, authority: "https://login.microsoftonline.com/contoso" },
        graph: { baseUrl: "https://graph.microsoft.com/beta" },
        cloud: "usgov",
      },
      "x",
      appUrl,
    );
    expect(result).toMatchObject({
      ok: false,
      problem: {
        issues: [
          {
            key: "auth.authority",
            message: expect.stringContaining("https://login.microsoftonline.us"),
          },
          { key: "graph.baseUrl", message: expect.stringContaining("https://graph.microsoft.us") },
        ],
      },
    });
    const gcc = parseConfig(
      {
        auth: { ...minimal.auth, authority: "https://login.microsoftonline.us/contoso" },
        cloud: "usgov",
      },
      "x",
      appUrl,
    );
    expect(gcc.ok).toBe(true);
  });
});
