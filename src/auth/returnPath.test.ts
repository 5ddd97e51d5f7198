import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./returnPath";

const origin = "https://esim.contoso.com";

describe("safeReturnPath", () => {
  it("keeps a same-origin path with its query and hash", () => {
    expect(safeReturnPath("/pools/abc?x=1#a", origin)).toBe("/pools/abc?x=1#a");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/pools",
    "javascript:alert(1)",
    "",
    null,
    undefined,
    "pools",
  ])("sends %s to the home page", (candidate) => {
    expect(safeReturnPath(candidate, origin)).toBe("/");
  });
});
