import type { Page, Request } from "@playwright/test";
import { graphOrigin } from "../../local/demo";

export interface GraphRequest {
  method: string;
  /** Path and query as sent, e.g. /beta/deviceManagement/embeddedSIMActivationCodePools?$skiptoken=… */
  path: string;
}

export interface GraphRequestLog {
  requests(): GraphRequest[];
  /** Resolves once no Graph request has been open for `quietMs`. */
  quiet(quietMs: number, timeout: number): Promise<void>;
  stop(): void;
}

/** The app's requests to the Graph emulator (its control API and CORS preflights left out). */
export function logGraphRequests(page: Page): GraphRequestLog {
  const seen: GraphRequest[] = [];
  const open = new Set<Request>();
  let lastChange = Date.now();

  const isGraph = (request: Request) => {
    const url = new URL(request.url());
    return (
      url.origin === graphOrigin &&
      !url.pathname.startsWith("/_control") &&
      request.method() !== "OPTIONS"
    );
  };
  const onRequest = (request: Request) => {
    if (!isGraph(request)) return;
    const url = new URL(request.url());
    seen.push({
      method: request.method(),
      path: `${url.pathname}${decodeURIComponent(url.search)}`,
    });
    open.add(request);
    lastChange = Date.now();
  };
  const onDone = (request: Request) => {
    if (open.delete(request)) lastChange = Date.now();
  };
  page.on("request", onRequest);
  page.on("requestfinished", onDone);
  page.on("requestfailed", onDone);

  return {
    requests: () => [...seen],
    quiet: async (quietMs, timeout) => {
      const deadline = Date.now() + timeout;
      while (open.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) {
          throw new Error(`Graph requests were still going on after ${timeout / 1000} s.`);
        }
        await new Promise((wait) => setTimeout(wait, 100));
      }
    },
    stop: () => {
      page.off("request", onRequest);
      page.off("requestfinished", onDone);
      page.off("requestfailed", onDone);
    },
  };
}

/** Requests sent more than once on one screen: same method, path and query. */
export function repeatedRequests(
  requests: readonly GraphRequest[],
): { method: string; path: string; times: number }[] {
  const counts = new Map<string, { method: string; path: string; times: number }>();
  for (const { method, path } of requests) {
    const key = `${method} ${path}`;
    const entry = counts.get(key) ?? { method, path, times: 0 };
    entry.times += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].filter((entry) => entry.times > 1);
}
