import { ClientErrorCode } from "./GraphError";
import { graphPath, resolveGraphUrl } from "./graphPath";

describe("graphPath", () => {
  it("encodes every interpolated id", () => {
    expect(graphPath`/pools/${"a/b?c"}/assignments/${"x y"}`).toBe(
      "/pools/a%2Fb%3Fc/assignments/x%20y",
    );
  });
});

describe("resolveGraphUrl", () => {
  const base = "https://graph.microsoft.com/beta";

  it.each([
    [base, "/deviceManagement/x", `${base}/deviceManagement/x`],
    [`${base}/`, "deviceManagement/x", `${base}/deviceManagement/x`],
    [`${base}//`, "//deviceManagement/x?$top=5", `${base}/deviceManagement/x?$top=5`],
  ])("joins %s and %s", (baseUrl, path, expected) => {
    expect(resolveGraphUrl(baseUrl, path)).toBe(expected);
  });

  it("uses an absolute URL on the same origin verbatim", () => {
    const next = "https://graph.microsoft.com/beta/x?$skiptoken=a%2Bb==";
    expect(resolveGraphUrl(base, next)).toBe(next);
  });

  it("refuses to send the token to another origin", () => {
    expect(() => resolveGraphUrl(base, "https://evil.example/beta/x")).toThrow(
      expect.objectContaining({ code: ClientErrorCode.UntrustedUrl }),
    );
  });
});
