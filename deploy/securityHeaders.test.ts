// @vitest-environment node
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./contentSecurityPolicy";
import { hostingHeaders } from "./securityHeaders";
import { cloudConfig } from "./testConfig";

describe("the hosting headers", () => {
  const config = cloudConfig("global", "login.microsoftonline.com");
  const { app, bridge } = hostingHeaders(config);

  it("keeps the consent popup's opener on the app pages and sets no COOP on the bridge page", () => {
    expect(app["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
    expect(bridge).not.toHaveProperty("Cross-Origin-Opener-Policy");
    const { "Cross-Origin-Opener-Policy": _coop, ...appWithoutCoop } = app;
    expect(bridge).toEqual(appWithoutCoop);
  });

  it("sends the CSP, nosniff, no referrer, CORP, HSTS and a Permissions-Policy", () => {
    expect(bridge).toEqual({
      "Content-Security-Policy": contentSecurityPolicy(config),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Permissions-Policy": expect.any(String),
      "Cross-Origin-Resource-Policy": "same-origin",
      "Strict-Transport-Security": "max-age=31536000",
    });
  });

  it("denies powerful features and keeps the clipboard for the copy buttons", () => {
    const features = app["Permissions-Policy"]?.split(", ") ?? [];
    for (const denied of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) {
      expect(features).toContain(denied);
    }
    expect(features).toContain("clipboard-write=(self)");
    // Chromium warns in every page's console about a feature it does not know.
    expect(features).not.toContain("bluetooth=()");
  });
});
