import type { HeaderSet, HostingHeaders } from "./securityHeaders";
import { cacheControl, sitePaths } from "./sitePaths";

interface StaticWebAppRoute {
  route: string;
  headers: HeaderSet;
}

/** The parts of Azure Static Web Apps' staticwebapp.config.json this site uses. */
export interface StaticWebAppConfig {
  $schema: string;
  navigationFallback: { rewrite: string; exclude: string[] };
  globalHeaders: HeaderSet;
  routes: StaticWebAppRoute[];
}

/**
 * Static Web Apps sends globalHeaders with every response and lets a route's header of the same
 * name replace the global one; a request matches the first route only. The document cache
 * policy is global, so the fallback gets it however SWA routes the rewrite.
 */
export function staticWebAppConfig(headers: HostingHeaders): StaticWebAppConfig {
  const { index, config, bridge, favicon, assets } = sitePaths;
  return {
    $schema: "https://json.schemastore.org/staticwebapp.config.json",
    navigationFallback: {
      rewrite: index,
      exclude: [`${assets}*`, config, bridge, favicon],
    },
    globalHeaders: { ...headers.app, "Cache-Control": cacheControl.document },
    routes: [
      { route: `${assets}*`, headers: { "Cache-Control": cacheControl.hashed } },
      { route: index, headers: { "Cache-Control": cacheControl.document } },
      { route: config, headers: { "Cache-Control": cacheControl.never } },
      // MSAL v5's bridge page must get no COOP; unsafe-none is the value that means none.
      {
        route: bridge,
        headers: {
          "Cross-Origin-Opener-Policy": "unsafe-none",
          "Cache-Control": cacheControl.never,
        },
      },
    ],
  };
}
