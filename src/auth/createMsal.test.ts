import { parseConfig } from "../config/loadConfig";
import { createMsal } from "./createMsal";

const appUrl = "https://esim.contoso.com/";

function msalFor(json: unknown) {
  const parsed = parseConfig(json, `${appUrl}config.json`, appUrl);
  if (!parsed.ok) throw new Error("the test's config.json is invalid");
  return createMsal(parsed.config);
}

describe("createMsal", () => {
  it("declares the CP1 capability, so Graph sends claims challenges (continuous access evaluation)", () => {
    const msal = msalFor({
      auth: {
        clientId: "11111111-2222-3333-4444-555555555555",
        authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
      },
    });
    expect(msal.getConfiguration().auth.clientCapabilities).toEqual(["CP1"]);
  });

  it("keeps its tokens in sessionStorage and returns to the configured address", () => {
    const msal = msalFor({
      auth: {
        clientId: "11111111-2222-3333-4444-555555555555",
        authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
        redirectUri: "https://esim.contoso.com/admin/",
      },
    });
    const { auth, cache } = msal.getConfiguration();
    expect(cache.cacheLocation).toBe("sessionStorage");
    expect(auth.redirectUri).toBe("https://esim.contoso.com/admin/");
    expect(auth.postLogoutRedirectUri).toBe("https://esim.contoso.com/admin/");
  });
});
