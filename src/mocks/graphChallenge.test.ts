import { CAE_CAPABILITY } from "./graphChallenge";
import { callGraph, setupTestGraph } from "./testGraph";

const graph = setupTestGraph();

const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";
const withCp1 = { clientCapabilities: [CAE_CAPABILITY] };

interface NotBeforeClaims {
  access_token: { nbf: { essential: boolean; value: string } };
}

/** `Bearer a="1", b="2"` -> { a: "1", b: "2" }; throws unless the whole header has that shape. */
function bearerParams(header: string | null): Record<string, string> {
  const params = /^Bearer ((?:\w+="[^"]*"(?:, )?)+)$/.exec(header ?? "")?.[1];
  if (params === undefined) throw new Error(`Not a Bearer challenge: ${header}`);
  return Object.fromEntries([...params.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
}

describe("claims challenge fault (continuous access evaluation)", () => {
  it("answers a CP1 token with Graph's 401 and claims asking for a token issued from now on", async () => {
    graph.faults.add({ path: POOLS, claimsChallenge: true });
    const before = Math.floor(Date.now() / 1000);
    const response = await callGraph(POOLS, withCp1);
    const after = Math.floor(Date.now() / 1000);

    expect(response.status).toBe(401);
    const challenge = bearerParams(response.headers.get("www-authenticate"));
    expect(challenge).toMatchObject({
      realm: "",
      authorization_uri: "https://login.microsoftonline.com/common/oauth2/authorize",
      client_id: "00000003-0000-0000-c000-000000000000",
      error: "insufficient_claims",
    });
    const claims = JSON.parse(atob(challenge["claims"] ?? "")) as NotBeforeClaims;
    expect(claims).toEqual({
      access_token: { nbf: { essential: true, value: expect.stringMatching(/^\d+$/) } },
    });
    const notBefore = Number(claims.access_token.nbf.value);
    expect(notBefore).toBeGreaterThanOrEqual(before);
    expect(notBefore).toBeLessThanOrEqual(after);
    expect(await response.json()).toEqual({
      error: {
        code: "InvalidAuthenticationToken",
        message:
          "Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp",
        innerError: {
          date: expect.any(String),
          "request-id": response.headers.get("request-id"),
          "client-request-id": response.headers.get("client-request-id"),
        },
      },
    });
    expect(graph.faults.pending()).toEqual([]);
    expect((await callGraph(POOLS, withCp1)).status).toBe(200);
  });

  it("lets a token without CP1 through and keeps the rule for a client that declares it", async () => {
    graph.faults.add({ path: POOLS, claimsChallenge: true });
    for (const clientCapabilities of [[], ["CP2"]]) {
      expect((await callGraph(POOLS, { clientCapabilities })).status).toBe(200);
    }
    expect(graph.faults.pending()).toMatchObject([
      { path: POOLS, claimsChallenge: true, times: 1 },
    ]);
    expect((await callGraph(POOLS, withCp1)).status).toBe(401);
  });

  it("times: 2 challenges twice, then answers", async () => {
    graph.faults.add({ method: "GET", path: POOLS, claimsChallenge: true, times: 2 });
    const statuses = [];
    for (let call = 0; call < 3; call += 1) {
      statuses.push((await callGraph(POOLS, withCp1)).status);
    }
    expect(statuses).toEqual([401, 401, 200]);
  });

  it("takes a challenge rule only after the rules added before it", async () => {
    graph.faults.add([
      { path: POOLS, status: 503 },
      { path: POOLS, claimsChallenge: true },
    ]);
    expect((await callGraph(POOLS, withCp1)).status).toBe(503);
    expect((await callGraph(POOLS, withCp1)).status).toBe(401);
  });

  it("refuses a challenge that is not a 401 sent before the handler, and unknown options", () => {
    const refused = [
      { path: POOLS, claimsChallenge: true, drop: true },
      { path: POOLS, claimsChallenge: true, status: 403 },
      { path: POOLS, claimsChallenge: true, afterHandler: true },
      { path: POOLS, claimChallenge: true, status: 401 },
    ];
    for (const rule of refused)
      expect(() => graph.faults.add(rule), JSON.stringify(rule)).toThrow();
    expect(graph.faults.pending()).toEqual([]);
    graph.faults.add({ path: POOLS, claimsChallenge: true, status: 401 });
    expect(graph.faults.pending()).toHaveLength(1);
  });
});
