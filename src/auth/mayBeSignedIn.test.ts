import { describe, expect, it } from "vitest";
import { mayBeSignedIn } from "./mayBeSignedIn";

const clientId = "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e81";
const noResponse = { search: "", hash: "" };

function storageWith(...keys: string[]): () => Pick<Storage, "length" | "key"> {
  return () => ({ length: keys.length, key: (index: number) => keys[index] ?? null });
}

describe("mayBeSignedIn", () => {
  it("is no in a fresh tab with nothing from MSAL", () => {
    expect(mayBeSignedIn(clientId, noResponse, storageWith("esim-admin.theme"))).toBe(false);
  });

  it("is yes when MSAL's cache holds anything, by its prefix or by the client id", () => {
    expect(mayBeSignedIn(clientId, noResponse, storageWith("msal.3.account.keys"))).toBe(true);
    expect(mayBeSignedIn(clientId, noResponse, storageWith(`uid.utid-login-${clientId}`))).toBe(
      true,
    );
  });

  it.each([
    { search: "", hash: "#code=abc&state=xyz" },
    { search: "?code=abc&state=xyz", hash: "" },
    { search: "", hash: "#error=access_denied&error_description=no" },
    { search: "?state=after-sign-out", hash: "" },
  ])("is yes on the way back from Entra ID ($search$hash)", (location) => {
    expect(mayBeSignedIn(clientId, location, storageWith())).toBe(true);
  });

  it("counts only MSAL's prefix before the client id is known", () => {
    expect(mayBeSignedIn(undefined, noResponse, storageWith("esim-admin.theme"))).toBe(false);
    expect(mayBeSignedIn(undefined, noResponse, storageWith("msal.3.account.keys"))).toBe(true);
  });

  it("is yes when storage cannot be read, so MSAL can say why", () => {
    const blocked = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    expect(mayBeSignedIn(clientId, noResponse, blocked)).toBe(true);
  });
});
