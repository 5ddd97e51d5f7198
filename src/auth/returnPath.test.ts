import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./returnPath";

const origin = "https://esim.contoso.com";

describe("safeReturnPath", () => {
  it("keeps a same-origin path with its query and hash", () => {
    expect(safeReturnPath("/pools/abc?x=1#a", origin)).toBe("/pools/abc?x=1#a");
  });

  it("normalises a same-origin path the way the browser will read it", () => {
    expect(safeReturnPath("/pools/./abc/../def", origin)).toBe("/pools/def");
    expect(safeReturnPath("/pools\\abc", origin)).toBe("/pools/abc");
  });

  it.each([
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a dot segment before a second slash", "/.//evil.example"],
    ["a parent segment before a second slash", "/pools/..//evil.example"],
    ["parent segments climbing above the root", "/pools/../..//evil.example"],
    ["percent-encoded slashes", "/%2F%2Fevil.example"],
    ["a percent-encoded second slash", "/%2Fevil.example"],
    ["a percent-encoded backslash", "/%5Cevil.example"],
    ["a tab between the slashes", "/\t/evil.example"],
    ["a newline between the slashes", "/\n/evil.example"],
    ["a carriage return between the slashes", "/\r/evil.example"],
    ["a backslash and a tab", "/\\\tevil.example"],
  ])("sends %s (%j) to the home page", (_, candidate) => {
    expect(safeReturnPath(candidate, origin)).toBe("/");
  });

  it.each([
    "https://evil.example/pools",
    "javascript:alert(1)",
    "data:text/html,hi",
    "",
    null,
    undefined,
    "pools",
    "%2F%2Fevil.example",
  ])("sends %j to the home page", (candidate) => {
    expect(safeReturnPath(candidate, origin)).toBe("/");
  });

  // The URL parser turns these into another host before the path checks see them: only the
  // origin comparison stands between them and a redirect off-site.
  it.each(["/\t/evil.example/pools", "/\\\\evil.example/pools", "/\n\\evil.example/pools"])(
    "refuses %j because its origin is not this site's",
    (candidate) => {
      expect(new URL(candidate, origin).origin).not.toBe(origin);
      expect(safeReturnPath(candidate, origin)).toBe("/");
    },
  );
});
