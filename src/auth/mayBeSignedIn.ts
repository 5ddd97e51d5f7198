const authResponseParams = ["code", "error", "state"];

function hasAuthResponse(location: Pick<Location, "search" | "hash">): boolean {
  const params = [
    new URLSearchParams(location.search),
    new URLSearchParams(location.hash.replace(/^#/, "")),
  ];
  return params.some((found) => authResponseParams.some((name) => found.has(name)));
}

function holdsMsalEntries(
  clientId: string | undefined,
  storage: Pick<Storage, "length" | "key">,
): boolean {
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key === null) continue;
    if (key.includes("msal") || (clientId !== undefined && key.includes(clientId))) return true;
  }
  return false;
}

/**
 * Whether this tab may hold a session (MSAL keeps its cache in sessionStorage) or be on its way
 * back from Microsoft Entra ID. Only then does the app load MSAL, a third of its script, before
 * the first paint. It errs towards yes: a wrong no would show a signed-in admin the sign-in page.
 * Without the client id (config.json not read yet) only MSAL's own prefix counts.
 */
export function mayBeSignedIn(
  clientId: string | undefined,
  location: Pick<Location, "search" | "hash">,
  storage: () => Pick<Storage, "length" | "key">,
): boolean {
  if (hasAuthResponse(location)) return true;
  try {
    return holdsMsalEntries(clientId, storage());
  } catch {
    // Storage blocked by the browser: let MSAL find out and say so.
    return true;
  }
}
