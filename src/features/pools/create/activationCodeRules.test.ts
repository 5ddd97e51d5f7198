import { hasValidCheckDigit, parseLpaString } from "./activationCodeRules";
import { defaultPoolName } from "./smdpAddressRules";

describe("hasValidCheckDigit", () => {
  // Published examples, not numbers made with the function under test.
  it.each(["79927398713", "89014103211118510720", "8944500102198304826"])("accepts %s", (n) => {
    expect(hasValidCheckDigit(n)).toBe(true);
  });

  it.each(["79927398710", "89014103211118510721", "8944500102198304825"])("refuses %s", (n) => {
    expect(hasValidCheckDigit(n)).toBe(false);
  });
});

describe("parseLpaString", () => {
  it("splits host and matching id, with or without a confirmation flag", () => {
    expect(parseLpaString("LPA:1$smdp.example.com$K2-1")).toEqual({
      host: "smdp.example.com",
      matchingId: "K2-1",
    });
    expect(parseLpaString(" lpa:1$smdp.example.com$K2-1$1 ")).toMatchObject({ matchingId: "K2-1" });
    expect(parseLpaString("smdp.example.com")).toBeUndefined();
  });
});

describe("defaultPoolName", () => {
  it("is the first DNS label of the host, as the admin center names pools", () => {
    expect(defaultPoolName("contoso.smdp.example")).toBe("contoso");
    expect(defaultPoolName("es9-plus.fabrikam.example")).toBe("es9-plus");
  });
});
