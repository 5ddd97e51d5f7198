/** The built site's fixed files (vite build -> dist/), as both hosts route them. */
export const sitePaths = {
  index: "/index.html",
  config: "/config.json",
  bridge: "/redirect.html",
  favicon: "/favicon.svg",
  /** Content-hashed chunks: a missing one is a 404, never index.html. */
  assets: "/assets/",
} as const;

export const cacheControl = {
  /** index.html and the SPA fallback: revalidated on every load, so a deploy shows at once. */
  document: "no-cache",
  /** config.json (edited in place per deployment) and redirect.html (auth responses in its URL). */
  never: "no-store",
  /** A new build gives changed files new names. */
  hashed: "public, max-age=31536000, immutable",
} as const;
