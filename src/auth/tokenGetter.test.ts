import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  ServerError,
  type AuthenticationResult,
  type PopupRequest,
  type RedirectRequest,
  type SilentRequest,
} from "@azure/msal-browser";
import { afterEach, describe, expect, it } from "vitest";
import { readDraft, registerDraft } from "./interactionDrafts";
import {
  createInteractiveTokenRequest,
  createTokenGetter,
  TokenAcquisitionError,
  type TokenSource,
} from "./tokenGetter";

const account = { homeAccountId: "oid.tid", username: "adele@contoso.example" } as AccountInfo;
const scopes = ["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"];

function fakeMsal(silent: (request: SilentRequest) => Promise<string>, signedIn = true) {
  const calls = {
    silent: [] as SilentRequest[],
    redirect: [] as RedirectRequest[],
    popup: [] as PopupRequest[],
  };
  const msal: TokenSource = {
    getActiveAccount: () => (signedIn ? account : null),
    acquireTokenSilent: async (request) => {
      calls.silent.push(request);
      return { accessToken: await silent(request) } as AuthenticationResult;
    },
    acquireTokenRedirect: async (request) => {
      calls.redirect.push(request);
    },
    acquireTokenPopup: async (request) => {
      calls.popup.push(request);
      return { accessToken: "popup-token" } as AuthenticationResult;
    },
  };
  return { msal, calls };
}

const bridge = "https://esim.contoso.com/redirect.html";
const options = (path: string) => ({ currentPath: () => path, bridgeUri: bridge });
const interactionRequired = async (): Promise<string> => {
  throw new InteractionRequiredAuthError(
    "consent_required",
    "corr-3",
    "AADSTS65001: not consented",
  );
};

afterEach(() => sessionStorage.clear());

describe("createTokenGetter", () => {
  it("returns the silently acquired token for the active account", async () => {
    const { msal, calls } = fakeMsal(async () => "token-1");
    const getToken = createTokenGetter(msal, options("/pools"));
    await expect(getToken(scopes)).resolves.toBe("token-1");
    expect(calls.silent).toEqual([{ scopes, account, redirectUri: bridge }]);
    expect(calls.redirect).toEqual([]);
  });

  it("passes claims from a claims challenge", async () => {
    const { msal, calls } = fakeMsal(async () => "token-2");
    await createTokenGetter(msal, options("/"))(scopes, { claims: '{"access_token":{}}' });
    expect(calls.silent[0]?.claims).toBe('{"access_token":{}}');
  });

  it("keeps drafts and redirects when interaction is required", async () => {
    const { msal, calls } = fakeMsal(async () => {
      throw new InteractionRequiredAuthError("interaction_required", "");
    });
    const unregister = registerDraft("assign:pool-1", () => ({ groupId: "abc" }));
    const getToken = createTokenGetter(msal, options("/pools/pool-1"));
    await expect(getToken(scopes)).rejects.toThrow(/sign in again/);
    expect(calls.redirect).toEqual([{ scopes, account, state: "/pools/pool-1" }]);
    expect(readDraft("assign:pool-1")).toEqual({ groupId: "abc" });
    unregister();
  });

  it("turns other MSAL failures into a sentence without redirecting", async () => {
    const { msal, calls } = fakeMsal(async () => {
      throw new BrowserAuthError("no_network_connectivity", "");
    });
    const failure = createTokenGetter(msal, options("/"))(scopes);
    await expect(failure).rejects.toBeInstanceOf(TokenAcquisitionError);
    await expect(failure).rejects.toThrow(
      "The sign-in service could not be reached. Check your connection.",
    );
    expect(calls.redirect).toEqual([]);
  });

  it("says the user is signed out when there is no account", async () => {
    const { msal } = fakeMsal(async () => "never", false);
    await expect(createTokenGetter(msal, options("/"))(scopes)).rejects.toThrow(
      "You are signed out. Sign in to continue.",
    );
  });

  it("starts one redirect when parallel requests all need the user", async () => {
    const { msal, calls } = fakeMsal(async () => {
      throw new InteractionRequiredAuthError("interaction_required", "");
    });
    const getToken = createTokenGetter(msal, options("/pools"));
    const results = await Promise.allSettled([
      getToken(scopes),
      getToken(scopes),
      getToken(scopes),
    ]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(calls.redirect).toHaveLength(1);
  });

  it("puts a failed redirect into words", async () => {
    const { msal } = fakeMsal(async () => {
      throw new InteractionRequiredAuthError("interaction_required", "");
    });
    msal.acquireTokenRedirect = async () => {
      throw new BrowserAuthError("interaction_in_progress", "");
    };
    await expect(createTokenGetter(msal, options("/"))(scopes)).rejects.toThrow(
      "A sign-in is already in progress in this tab. Wait for it to finish.",
    );
  });

  it("throws at once, without leaving the page, when the request says interaction must fail", async () => {
    const { msal, calls } = fakeMsal(interactionRequired);
    const failure = createTokenGetter(msal, options("/pools/p"))(scopes, { interaction: "fail" });
    await expect(failure).rejects.toMatchObject({
      name: "TokenAcquisitionError",
      reason: "interactionRequired",
      errorCode: "consent_required",
    });
    expect(calls.redirect).toEqual([]);
    expect(calls.popup).toEqual([]);
  });
});

describe("createInteractiveTokenRequest", () => {
  const groupScopes = ["https://graph.microsoft.com/GroupMember.Read.All"];

  it("asks in a popup that completes through the bridge page", async () => {
    const { msal, calls } = fakeMsal(interactionRequired);
    await createInteractiveTokenRequest(msal, options("/pools/p"))(groupScopes);
    expect(calls.popup).toEqual([{ scopes: groupScopes, account, redirectUri: bridge }]);
    expect(calls.redirect).toEqual([]);
  });

  it("continues as a redirect that keeps the form when the popup is blocked", async () => {
    const { msal, calls } = fakeMsal(interactionRequired);
    msal.acquireTokenPopup = async () => {
      throw new BrowserAuthError("empty_window_error", "");
    };
    const unregister = registerDraft("assign:pool-1", () => ({ groupId: "abc" }));
    await expect(
      createInteractiveTokenRequest(msal, options("/pools/pool-1"))(groupScopes),
    ).rejects.toThrow(/blocked the sign-in window/);
    expect(calls.redirect).toEqual([{ scopes: groupScopes, account, state: "/pools/pool-1" }]);
    expect(readDraft("assign:pool-1")).toEqual({ groupId: "abc" });
    unregister();
  });

  it.each([
    [
      "refused",
      new ServerError("access_denied", "corr-1", "AADSTS65004: User declined to consent."),
    ],
    [
      "refused",
      new ServerError("invalid_request", "corr-2", "AADSTS90094: Admin approval required."),
    ],
    ["cancelled", new BrowserAuthError("user_cancelled", "")],
    ["failed", new BrowserAuthError("timed_out", "")],
  ])("says %s when the popup ends in %s", async (reason, error) => {
    const { msal, calls } = fakeMsal(interactionRequired);
    msal.acquireTokenPopup = async () => {
      throw error;
    };
    await expect(
      createInteractiveTokenRequest(msal, options("/"))(groupScopes),
    ).rejects.toMatchObject({ reason });
    expect(calls.redirect).toEqual([]);
  });
});
