import type { Page } from "@playwright/test";

export interface AssetFile {
  /** Path on the site, e.g. /assets/main-B_XhMFyb.js */
  path: string;
  kind: "js" | "css";
  /** The body as nginx sent it (gzip), without the response headers. */
  gzipBytes: number;
}

export interface AssetRecording {
  /** The JS and CSS files whose download finished so far, in the order they finished. */
  files(): AssetFile[];
  stop(): Promise<void>;
}

/** Records what the page downloads from `origin`, through its own DevTools session. */
export async function recordAssets(page: Page, origin: string): Promise<AssetRecording> {
  const session = await page.context().newCDPSession(page);
  const started = new Map<string, { path: string; kind: AssetFile["kind"]; headerBytes: number }>();
  const finished: AssetFile[] = [];
  // Only what was asked for after the recording began, not the end of an earlier load.
  const asked = new Set<string>();

  session.on("Network.requestWillBeSent", ({ requestId }) => void asked.add(requestId));
  session.on("Network.responseReceived", ({ requestId, type, response }) => {
    const url = new URL(response.url);
    const kind = assetKind(type, response.mimeType);
    if (!asked.has(requestId) || url.origin !== origin || !kind) return;
    // For HTTP/1.1 the bytes received by now are the status line and headers.
    started.set(requestId, { path: url.pathname, kind, headerBytes: response.encodedDataLength });
  });
  session.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const asset = started.get(requestId);
    if (!asset) return;
    started.delete(requestId);
    finished.push({
      path: asset.path,
      kind: asset.kind,
      gzipBytes: encodedDataLength - asset.headerBytes,
    });
  });
  await session.send("Network.enable");
  return { files: () => [...finished], stop: () => session.detach() };
}

function assetKind(type: string, mimeType: string): AssetFile["kind"] | null {
  if (type === "Script" || mimeType.includes("javascript")) return "js";
  if (type === "Stylesheet" || mimeType === "text/css") return "css";
  return null;
}
