import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** A part of the app (a page's code) that could not be downloaded, e.g. gone after a redeploy. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super("A part of this app could not be downloaded.", { cause });
    this.name = "ChunkLoadError";
  }
}

// Chromium, Firefox and Safari word a failed dynamic import differently; Vite adds its own for CSS.
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkLoadFailure(error: unknown): boolean {
  return (
    error instanceof ChunkLoadError || (error instanceof Error && CHUNK_FAILURE.test(error.message))
  );
}

const reloadedAtKey = "esim-admin.reloaded-for-missing-code";
/** A reload this recent that did not help is not tried again: the error screen shows instead. */
const RELOAD_WINDOW_MS = 60_000;

export interface ReloadDeps {
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  reload?: () => void;
  now?: number;
}

/**
 * After a redeploy the old page asks for code files that no longer exist; a reload fetches the
 * new index.html and its files. Once only: true when the page is reloading now.
 */
export function reloadOnceForMissingCode({
  storage = sessionStorage,
  reload = () => window.location.reload(),
  now = Date.now(),
}: ReloadDeps = {}): boolean {
  try {
    const last = Number(storage.getItem(reloadedAtKey));
    if (last && now - last < RELOAD_WINDOW_MS) return false;
    storage.setItem(reloadedAtKey, String(now));
  } catch {
    return false;
  }
  reload();
  return true;
}

function forgetReload(storage: Pick<Storage, "removeItem">): void {
  try {
    storage.removeItem(reloadedAtKey);
  } catch {
    // Storage refused: nothing was remembered either.
  }
}

export type LazyPage = LazyExoticComponent<ComponentType> & {
  /**
   * Starts downloading the page's code before it is shown (an admin pointing at a link to it).
   * Never throws and never reloads: a download that fails is tried again when the page is shown.
   */
  preload: () => void;
};

/**
 * React.lazy for a page: code that fails to download reloads the page once by itself; if it is
 * still missing, the route's error boundary says so with a Reload button.
 */
export function lazyPage(load: () => Promise<ComponentType>, deps: ReloadDeps = {}): LazyPage {
  // One download shared by preload and the page itself; a failed one is forgotten.
  let download: Promise<ComponentType> | undefined;
  const loadOnce = () => {
    download ??= load().catch((error: unknown) => {
      download = undefined;
      throw error;
    });
    return download;
  };

  const page = lazy(async () => {
    try {
      const component = await loadOnce();
      forgetReload(deps.storage ?? sessionStorage);
      return { default: component };
    } catch (error) {
      if (!isChunkLoadFailure(error)) throw error;
      // The page is going away: render nothing meanwhile.
      if (reloadOnceForMissingCode(deps)) return new Promise<never>(() => undefined);
      throw new ChunkLoadError(error);
    }
  });
  return Object.assign(page, { preload: () => void loadOnce().catch(() => undefined) });
}
