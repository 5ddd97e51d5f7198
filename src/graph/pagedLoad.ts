import type { GraphPage } from "./clientTypes";

export type PagedLoadStatus = "idle" | "loading" | "complete" | "failed" | "stopped";

export interface PagedLoadSnapshot<T> {
  status: PagedLoadStatus;
  /** Every page read so far, in order. A page, once read, is never copied or changed. */
  pages: readonly (readonly T[])[];
  /** Items in `pages`. */
  count: number;
  /** Why the last page could not be read, while status is "failed". */
  error: unknown;
}

export interface PagedLoad<T> {
  getSnapshot(): PagedLoadSnapshot<T>;
  /** For useSyncExternalStore: called after every change of the snapshot. */
  subscribe(listener: () => void): () => void;
  /**
   * Reads from where the load is: the first page, the page that failed, or the page a stop left
   * unread. Does nothing while loading or once complete.
   */
  start(): void;
  /** Cancels the page being read; what was read stays, and start() continues from there. */
  stop(): void;
  /** Forgets every page and reads the list again from the first page. */
  reload(): void;
}

export type ReadPages<T> = (fromUrl: string, signal: AbortSignal) => AsyncIterable<GraphPage<T>>;

/**
 * A long Graph collection read page by page into a store a screen can show while the rest
 * arrives, and that can stop and continue without reading a page twice.
 */
export function createPagedLoad<T>(firstUrl: string, readPages: ReadPages<T>): PagedLoad<T> {
  let snapshot: PagedLoadSnapshot<T> = { status: "idle", pages: [], count: 0, error: undefined };
  let unreadUrl: string | undefined = firstUrl;
  let running: AbortController | undefined;
  const listeners = new Set<() => void>();

  const update = (change: Partial<PagedLoadSnapshot<T>>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };

  async function run(controller: AbortController, fromUrl: string) {
    // A stopped run may still be unwinding when a new one starts: only the current one writes.
    const isCurrent = () => running === controller && !controller.signal.aborted;
    try {
      for await (const page of readPages(fromUrl, controller.signal)) {
        if (!isCurrent()) return;
        unreadUrl = page.nextUrl;
        update({
          pages: [...snapshot.pages, page.items],
          count: snapshot.count + page.items.length,
        });
      }
      if (isCurrent()) {
        unreadUrl = undefined;
        running = undefined;
        update({ status: "complete" });
      }
    } catch (error) {
      if (!isCurrent()) return;
      running = undefined;
      update({ status: "failed", error });
    }
  }

  const load: PagedLoad<T> = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (running || unreadUrl === undefined) return;
      const controller = new AbortController();
      running = controller;
      update({ status: "loading", error: undefined });
      void run(controller, unreadUrl);
    },
    stop() {
      if (!running) return;
      running.abort();
      running = undefined;
      update({ status: "stopped" });
    },
    reload() {
      running?.abort();
      running = undefined;
      unreadUrl = firstUrl;
      snapshot = { status: "idle", pages: [], count: 0, error: undefined };
      load.start();
    },
  };
  return load;
}
