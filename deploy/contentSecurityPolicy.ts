import type { AppConfig } from "../src/config/appConfig";
import { signInOrigins } from "./signInOrigins";

export type CspDirectives = Record<string, string[]>;

/** The directives in the order they are written; origins deduplicated and sorted after 'self'. */
export function cspDirectives(config: AppConfig): CspDirectives {
  const signIn = signInOrigins(config.auth);
  const graph = new URL(config.graph.baseUrl).origin;
  return {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    // Measured in Chromium 156 under style-src 'self': Griffel (the styling engine of every Fluent
    // UI v9 component) appends empty <style> elements at run time and fills them with CSSOM
    // insertRule, and FluentProvider does the same for its theme's CSS variables; CSP blocks those
    // elements as inline style (13 style-src-elem violations on the signed-out page) and the page
    // renders unstyled. Tabster, Floating UI and React's style props write element.style, which
    // is CSSOM and not governed by CSP. Griffel would take a nonce, but a static host (Static Web
    // Apps) sends the same headers with every response and cannot mint one per response; a hash
    // cannot cover rules inserted later.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'"],
    "connect-src": withSelf([graph, ...signIn.fetched]),
    // MSAL renews tokens by loading the authorize endpoint in a hidden iframe that ends on our
    // own redirect.html.
    "frame-src": withSelf(signIn.framed),
    "frame-ancestors": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
    // MSAL navigates to sign-in with location changes; it builds a <form> only for POST or EAR
    // authorize requests, which this app does not configure.
    "form-action": ["'none'"],
  };
}

export function contentSecurityPolicy(config: AppConfig): string {
  return Object.entries(cspDirectives(config))
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

function withSelf(origins: string[]): string[] {
  return ["'self'", ...[...new Set(origins.map(cspSource))].sort()];
}

/** CSP host-source grammar: anything else (quotes, `$`, spaces) could break the header or nginx. */
function cspSource(origin: string): string {
  if (!/^https?:\/\/([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d+)?$/.test(origin)) {
    throw new Error(`${origin} is not an origin a Content-Security-Policy can name.`);
  }
  return origin;
}
