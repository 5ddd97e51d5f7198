import { z, type ZodType } from "../zod";
import type {
  GraphClient,
  GraphPage,
  RequestOptions,
  RetryEvent,
  TokenGetter,
} from "./clientTypes";
import { resolveGraphUrl } from "./graphPath";
import { isAbort, networkError } from "./GraphError";
import { parseJson, unexpectedResponse, type SentResponse } from "./responseErrors";
import { DEFAULT_RETRY_SETTINGS, type RetrySettings } from "./retryPolicy";
import { send, type TransportSettings } from "./transport";

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/beta (from config). */
  baseUrl: string;
  scopes: readonly string[];
  getAccessToken: TokenGetter;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  retry?: Partial<RetrySettings>;
  /** Called before each wait, so the UI can say "throttled, retrying". */
  onRetry?: (event: RetryEvent) => void;
  isOnline?: () => boolean;
}

/** Guards getAll, which buffers, against a service that keeps handing out nextLinks. */
export const MAX_PAGES = 1000;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const settings = transportSettings(options);
  const urlOf = (path: string) => resolveGraphUrl(options.baseUrl, path);

  return {
    async get(path, schema, requestOptions) {
      const sent = await send(settings, {
        method: "GET",
        url: urlOf(path),
        options: requestOptions,
      });
      return parseBody(sent, schema, unwrapSingleEntity(await readJson(sent)));
    },
    async *pages(path, itemSchema, requestOptions) {
      const pages = readPages(settings, urlOf(path), odataPage(itemSchema), urlOf, requestOptions);
      for await (const { items, url, nextUrl } of pages) yield { items, url, nextUrl };
    },
    async getAll(path, itemSchema, requestOptions) {
      const items = [];
      let pageCount = 0;
      const pages = readPages(settings, urlOf(path), odataPage(itemSchema), urlOf, requestOptions);
      for await (const page of pages) {
        items.push(...page.items);
        if (++pageCount >= MAX_PAGES && page.nextUrl !== undefined) {
          throw unexpectedResponse(page.sent, `paging did not end after ${pageCount} pages`);
        }
      }
      return items;
    },
    async post(path, body, schema, requestOptions) {
      const request = { method: "POST" as const, url: urlOf(path), body, options: requestOptions };
      const sent = await send(settings, request);
      return parseBody(sent, schema, unwrapSingleEntity(await readJson(sent)));
    },
    async delete(path, requestOptions) {
      await send(settings, { method: "DELETE", url: urlOf(path), options: requestOptions });
    },
  };
}

function transportSettings(options: GraphClientOptions): TransportSettings {
  return {
    scopes: options.scopes,
    getAccessToken: options.getAccessToken,
    // Looked up per call (and bound), so a fetch patched later (msw) is still used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    retry: { ...DEFAULT_RETRY_SETTINGS, ...options.retry },
    onRetry: options.onRetry,
    isOnline: options.isOnline ?? (() => typeof navigator === "undefined" || navigator.onLine),
  };
}

async function* readPages<T>(
  settings: TransportSettings,
  firstUrl: string,
  pageSchema: ZodType<ODataPage<T>>,
  urlOf: (pathOrUrl: string) => string,
  requestOptions: RequestOptions | undefined,
): AsyncGenerator<GraphPage<T> & { sent: SentResponse }, void, undefined> {
  let url: string | undefined = firstUrl;
  while (url !== undefined) {
    const sent = await send(settings, { method: "GET", url, options: requestOptions });
    const page = parseBody(sent, pageSchema, await readJson(sent));
    const nextLink = page["@odata.nextLink"];
    if (nextLink === url) throw unexpectedResponse(sent, "the next page link points at itself");
    const nextUrl: string | undefined = nextLink === undefined ? undefined : urlOf(nextLink);
    yield { items: page.value, url, nextUrl, sent };
    url = nextUrl;
  }
}

/** An empty body (204) reads as undefined; a body that is not JSON is unusable. */
async function readJson(sent: SentResponse): Promise<unknown> {
  const text = await readText(sent);
  if (text.trim() === "") return undefined;
  const body = parseJson(text);
  if (body === undefined) throw unexpectedResponse(sent, "the body is not JSON");
  return body;
}

async function readText(sent: SentResponse): Promise<string> {
  try {
    return await sent.response.text();
  } catch (error) {
    // The status arrived but the body was cut off: as ambiguous as a dropped request.
    if (isAbort(error, undefined)) throw error;
    throw networkError(sent.clientRequestId);
  }
}

function parseBody<T>(sent: SentResponse, schema: ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "the body";
  throw unexpectedResponse(sent, `${where}: ${issue?.message ?? "does not match"}`);
}

export interface ODataPage<T> {
  value: T[];
  "@odata.nextLink"?: string | undefined;
}

/** One page of a Graph collection: `{ value: [...], "@odata.nextLink"?: "…" }`. */
export function odataPage<T>(itemSchema: ZodType<T>): ZodType<ODataPage<T>> {
  return z.object({
    value: z.array(itemSchema),
    "@odata.nextLink": z.string().optional(),
  });
}

/**
 * Some Intune docs show a single entity as `{ "value": { … } }` while real OData returns it at
 * the top level: accept both. Annotations such as `@odata.context` do not count as content.
 */
export function unwrapSingleEntity(body: unknown): unknown {
  if (!isPlainObject(body)) return body;
  const contentKeys = Object.keys(body).filter((key) => !key.startsWith("@"));
  const only = contentKeys.length === 1 && contentKeys[0] === "value" ? body.value : undefined;
  return isPlainObject(only) ? only : body;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
