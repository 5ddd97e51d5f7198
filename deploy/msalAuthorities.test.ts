// @vitest-environment node
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cloudDiscovery, msalEndpointHosts } from "./msalAuthorities";

interface MsalBuiltIns {
  endpointHosts: string[];
  aliasGroups: { preferred_network: string; aliases: string[] }[];
}

/** The tables of the msal-common the app bundles (msal-browser imports it, not a copy). */
async function installedMsal(): Promise<MsalBuiltIns> {
  const path = "../node_modules/@azure/msal-common/dist/authority/AuthorityMetadata.mjs";
  const module: unknown = await import(fileURLToPath(new URL(path, import.meta.url)));
  const raw = (module as { rawMetdataJSON?: unknown }).rawMetdataJSON as {
    endpointMetadata: Record<string, unknown>;
    instanceDiscoveryMetadata: { metadata: MsalBuiltIns["aliasGroups"] };
  };
  return {
    endpointHosts: Object.keys(raw.endpointMetadata),
    aliasGroups: raw.instanceDiscoveryMetadata.metadata,
  };
}

describe("MSAL's cloud discovery", () => {
  it("sends every built-in alias to the preferred network the installed MSAL uses", async () => {
    const { aliasGroups } = await installedMsal();
    const pairs = aliasGroups.flatMap((group) =>
      group.aliases.map((alias) => [alias, group.preferred_network] as const),
    );
    expect(pairs.length).toBeGreaterThan(10);
    for (const [alias, preferred] of pairs) {
      expect(cloudDiscovery(alias, []), alias).toEqual({
        preferredHost: preferred,
        asksMicrosoft: false,
      });
    }
  });

  it("knows the endpoints of the same hosts as the installed MSAL", async () => {
    expect([...msalEndpointHosts].sort()).toEqual((await installedMsal()).endpointHosts.sort());
  });

  it("asks Microsoft about any other host unless knownAuthorities or CIAM vouch for it", () => {
    expect(cloudDiscovery("login.contoso.com", [])).toEqual({
      preferredHost: "login.contoso.com",
      asksMicrosoft: true,
    });
    for (const known of ["login.contoso.com", "https://LOGIN.contoso.com/tenant"]) {
      expect(cloudDiscovery("login.contoso.com", [known]).asksMicrosoft, known).toBe(false);
    }
    expect(cloudDiscovery("contoso.ciamlogin.com", []).asksMicrosoft).toBe(false);
    expect(cloudDiscovery("login.contoso.com.evil.example", ["login.contoso.com"])).toEqual({
      preferredHost: "login.contoso.com.evil.example",
      asksMicrosoft: true,
    });
  });
});
