import type { BrowserContext, Page } from "@playwright/test";
import { demo } from "../local/demo";

/** A place a token (or another known secret) was found, and which one. */
export interface SecretHit {
  where: string;
  /** The start of what was found: the report must not print the secret itself. */
  found: string;
}

/** A JWT: three base64url parts, the first two JSON (`eyJ`), two dots. */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/g;

/** MSAL's own cache entries: the one place tokens are meant to be. */
function isMsalKey(key: string): boolean {
  return !key.startsWith("esim-admin.") && (key.startsWith("msal.") || key.includes(demo.clientId));
}

/**
 * The secrets a test run has seen go over the wire (bearer tokens, what the token endpoint
 * handed out), so the scan can look for each one verbatim besides anything shaped like a JWT.
 */
export function collectSecrets(context: BrowserContext): Set<string> {
  const secrets = new Set<string>();
  context.on("request", (request) => {
    const authorization = request.headers()["authorization"];
    if (authorization) {
      secrets.add(authorization);
      secrets.add(authorization.replace(/^Bearer\s+/i, ""));
    }
  });
  context.on("response", async (response) => {
    if (!response.url().includes("/oauth2/v2.0/token") || !response.ok()) return;
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    for (const field of ["access_token", "id_token", "refresh_token"]) {
      const value = body[field];
      if (typeof value === "string" && value) secrets.add(value);
    }
  });
  return secrets;
}

/**
 * Every URL a tab asked for or showed: navigation requests of any frame (each redirect hop too,
 * such as a pass through the sign-in server) and in-page URL changes of the top frame.
 */
export function collectVisitedUrls(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => {
    if (request.isNavigationRequest()) urls.push(request.url());
  });
  const watch = (page: Page) =>
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) urls.push(frame.url());
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  return urls;
}

async function historyUrls(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const { entries } = await session.send("Page.getNavigationHistory");
  await session.detach();
  return entries.map((entry) => entry.url);
}

/** Web storage outside MSAL's keys, and every IndexedDB record, as text. */
async function storedText(page: Page): Promise<{ where: string; text: string }[]> {
  const stores = await page.evaluate(() => {
    const entries = (name: "localStorage" | "sessionStorage") =>
      Object.keys(window[name]).map((key) => ({
        where: `${name}[${key}]`,
        key,
        text: window[name].getItem(key) ?? "",
      }));
    return [...entries("localStorage"), ...entries("sessionStorage")];
  });
  const databases = await page.evaluate(async () => {
    const dump: { where: string; text: string }[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store, "readonly").objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
        dump.push({ where: `IndexedDB ${name}/${store}`, text: JSON.stringify(records) });
      }
      db.close();
    }
    return dump;
  });
  return [
    ...stores.filter(({ key }) => !isMsalKey(key)).map(({ where, text }) => ({ where, text })),
    ...databases,
  ];
}

function hitsIn(where: string, text: string, secrets: ReadonlySet<string>): SecretHit[] {
  const found = new Set([...text.matchAll(JWT)].map(([jwt]) => jwt));
  for (const secret of secrets) if (text.includes(secret)) found.add(secret);
  return [...found].map((secret) => ({ where, found: `${secret.slice(0, 12)}…` }));
}

export interface ScanInput {
  context: BrowserContext;
  consoleLines: readonly string[];
  visitedUrls: readonly string[];
  secrets: ReadonlySet<string>;
}

/** Looks for tokens in the console, every URL visited, storage outside MSAL's keys, and the HTML. */
export async function scanForSecrets(input: ScanInput): Promise<SecretHit[]> {
  const { secrets } = input;
  const hits: SecretHit[] = [];
  input.consoleLines.forEach((line) => hits.push(...hitsIn("console", line, secrets)));
  input.visitedUrls.forEach((url) => hits.push(...hitsIn(`URL ${url}`, url, secrets)));
  for (const page of input.context.pages()) {
    for (const url of await historyUrls(page)) hits.push(...hitsIn("history", url, secrets));
    for (const { where, text } of await storedText(page))
      hits.push(...hitsIn(where, text, secrets));
    hits.push(...hitsIn(`HTML of ${page.url()}`, await page.content(), secrets));
  }
  return hits;
}
