// @vitest-environment node
import { describe, expect, it } from "vitest";
import { hostingHeaders } from "./securityHeaders";
import { staticWebAppConfig, type StaticWebAppConfig } from "./staticWebAppConfig";
import { cloudConfig } from "./testConfig";

const headers = hostingHeaders(cloudConfig("global", "login.microsoftonline.com"));
const swa = staticWebAppConfig(headers);

/** What Static Web Apps sends for a path: global headers, replaced by the first matching route's. */
function sentFor(config: StaticWebAppConfig, path: string): Record<string, string> {
  const route = config.routes.find(({ route: pattern }) =>
    pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern,
  );
  return { ...config.globalHeaders, ...route?.headers };
}

describe("the Static Web Apps config", () => {
  it("falls back to index.html for client-side routes only", () => {
    expect(swa.navigationFallback).toEqual({
      rewrite: "/index.html",
      exclude: ["/assets/*", "/config.json", "/redirect.html", "/favicon.svg"],
    });
  });

  it.each([
    ["/pools/some-id", "no-cache"],
    ["/index.html", "no-cache"],
    ["/assets/main-BAkgqIVm.js", "public, max-age=31536000, immutable"],
    ["/config.json", "no-store"],
  ])("sends the app's headers for %s, cached as %s", (path, cacheControl) => {
    expect(sentFor(swa, path)).toEqual({ ...headers.app, "Cache-Control": cacheControl });
  });

  it("sends redirect.html the bridge headers with COOP unsafe-none, uncached", () => {
    expect(sentFor(swa, "/redirect.html")).toEqual({
      ...headers.bridge,
      "Cross-Origin-Opener-Policy": "unsafe-none",
      "Cache-Control": "no-store",
    });
  });
});
