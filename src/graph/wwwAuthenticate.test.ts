import { claimsFromChallenge, parseWwwAuthenticate } from "./wwwAuthenticate";

const claimsJson = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';
const claimsBase64 = btoa(claimsJson);

describe("parseWwwAuthenticate", () => {
  it("keeps '=' padding and commas inside quoted values", () => {
    const header = `Bearer realm="", authorization_uri="https://login.example/a,b", error="insufficient_claims", claims="${claimsBase64}"`;
    expect(claimsBase64.endsWith("=")).toBe(true);
    expect(parseWwwAuthenticate(header)).toEqual([
      {
        scheme: "Bearer",
        params: {
          realm: "",
          authorization_uri: "https://login.example/a,b",
          error: "insufficient_claims",
          claims: claimsBase64,
        },
      },
    ]);
  });

  it("reads several challenges, unquoted values and escapes", () => {
    const header = 'Basic realm=simple, Bearer Error="a \\"quoted\\" word"';
    expect(parseWwwAuthenticate(header)).toEqual([
      { scheme: "Basic", params: { realm: "simple" } },
      { scheme: "Bearer", params: { error: 'a "quoted" word' } },
    ]);
  });
});

describe("claimsFromChallenge", () => {
  const challenge = (claims: string, error = "insufficient_claims") =>
    `Bearer realm="", error="${error}", claims="${claims}"`;

  it("decodes base64 claims to JSON", () => {
    expect(claimsFromChallenge(challenge(claimsBase64))).toBe(claimsJson);
  });

  it("accepts base64url without padding", () => {
    const url = claimsBase64.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    expect(claimsFromChallenge(challenge(url))).toBe(claimsJson);
  });

  it("ignores other errors, missing or undecodable claims", () => {
    expect(claimsFromChallenge(null)).toBeUndefined();
    expect(claimsFromChallenge(challenge(claimsBase64, "invalid_token"))).toBeUndefined();
    expect(claimsFromChallenge('Bearer error="insufficient_claims"')).toBeUndefined();
    expect(claimsFromChallenge(challenge(btoa("not json")))).toBeUndefined();
  });
});
