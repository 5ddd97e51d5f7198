import type { AppConfig } from "../src/config/appConfig";
import { contentSecurityPolicy } from "./contentSecurityPolicy";

export { contentSecurityPolicy, cspDirectives } from "./contentSecurityPolicy";

export type HeaderSet = Record<string, string>;

export interface HostingHeaders {
  /** index.html, the SPA fallback, config.json and assets. */
  app: HeaderSet;
  /** redirect.html, MSAL's bridge page for popup and silent-iframe flows. */
  bridge: HeaderSet;
}

/**
 * Powerful features the app never uses; copy buttons keep the clipboard. Only names Chromium
 * knows: it warns in every page's console about others ("bluetooth" in Chromium 156).
 */
const deniedFeatures = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

export const permissionsPolicy = [
  ...deniedFeatures.map((feature) => `${feature}=()`),
  "clipboard-write=(self)",
].join(", ");

export function hostingHeaders(config: AppConfig): HostingHeaders {
  const bridge: HeaderSet = {
    "Content-Security-Policy": contentSecurityPolicy(config),
    "X-Content-Type-Options": "nosniff",
    // Neither Graph nor the sign-in service needs to know which page a request came from.
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": permissionsPolicy,
    "Cross-Origin-Resource-Policy": "same-origin",
    "Strict-Transport-Security": "max-age=31536000",
  };
  return {
    // The consent popup must keep its opener to report back through redirect.html.
    app: { ...bridge, "Cross-Origin-Opener-Policy": "same-origin-allow-popups" },
    // MSAL v5: the bridge page must have no COOP, or the popup loses its way back to the app.
    bridge,
  };
}
