/**
 * Where to land after sign-in. Only same-origin paths survive: `//evil.example`,
 * `/\evil.example` and absolute foreign URLs fall back to the home page.
 */
export function safeReturnPath(candidate: string | null | undefined, origin: string): string {
  if (!candidate || !candidate.startsWith("/") || /^\/[/\\]/.test(candidate)) return "/";
  try {
    const url = new URL(candidate, origin);
    if (url.origin !== origin) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
