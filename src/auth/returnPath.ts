/**
 * Where to land after sign-in: a path on this origin, or the home page. The candidate is read
 * the way the browser will read it (the URL parser drops tabs and newlines, turns backslashes
 * into slashes and resolves dot segments) and only then checked, so `/.//evil.example` cannot
 * pass as a path and come out as `//evil.example`.
 */
export function safeReturnPath(candidate: string | null | undefined, origin: string): string {
  if (!candidate?.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return readsAsAnotherHost(url.pathname) ? "/" : path;
}

/** `//host` or `/\host`, also percent-encoded: a router or a later decode could take it for a host. */
function readsAsAnotherHost(pathname: string): boolean {
  return /^\/[/\\]/.test(pathname) || /^\/[/\\]/.test(decodeOnce(pathname));
}

function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
