import { z } from "../zod";
import { ClientErrorCode, GraphError } from "./GraphError";
import { parseRetryAfterSeconds } from "./retryPolicy";

const optionalText = z.string().optional().catch(undefined);
const innerErrorSchema = z
  .object({
    date: optionalText,
    "request-id": optionalText,
    requestId: optionalText,
    "client-request-id": optionalText,
  })
  .optional()
  .catch(undefined);
const errorBodySchema = z.object({
  error: z.object({
    code: optionalText,
    message: optionalText,
    innerError: innerErrorSchema,
    innererror: innerErrorSchema,
  }),
});

/** A response that arrived, with the client-request-id we sent on it. */
export interface SentResponse {
  response: Response;
  clientRequestId: string;
}

/** Maps a non-2xx answer; the body's ids win, response headers fill the gaps. */
export async function errorFromResponse({ response, clientRequestId }: SentResponse) {
  const parsed = errorBodySchema.safeParse(parseJson(await response.text().catch(() => "")));
  const body = parsed.success ? parsed.data.error : undefined;
  const inner = body?.innerError ?? body?.innererror;
  const message = body?.message ? readableGraphMessage(body.message) : "";
  return new GraphError({
    status: response.status,
    code: body?.code || ClientErrorCode.HttpError,
    message: message || statusMessage(response),
    requestId: inner?.["request-id"] ?? inner?.requestId ?? headerOf(response, "request-id"),
    clientRequestId:
      inner?.["client-request-id"] ?? headerOf(response, "client-request-id") ?? clientRequestId,
    date: inner?.date ?? headerOf(response, "date"),
    retryAfterSeconds: parseRetryAfterSeconds(response.headers.get("retry-after"), Date.now()),
  });
}

/** A 2xx answer this app cannot use; `reason` must not echo the body (it may hold codes). */
export function unexpectedResponse({ response, clientRequestId }: SentResponse, reason: string) {
  return new GraphError({
    status: response.status,
    code: ClientErrorCode.UnexpectedResponse,
    message: `Microsoft Graph answered with data this app does not understand (${reason}).`,
    requestId: headerOf(response, "request-id"),
    clientRequestId: headerOf(response, "client-request-id") ?? clientRequestId,
    date: headerOf(response, "date"),
  });
}

/** The same claims challenge after a token that already carried those claims. */
export function insufficientClaims(challenged: GraphError) {
  return new GraphError({
    status: challenged.status,
    code: ClientErrorCode.InsufficientClaims,
    message:
      "Microsoft Graph still asks for additional sign-in requirements (such as multi-factor authentication or a compliant device) after signing in again. The request was not completed.",
    requestId: challenged.requestId,
    clientRequestId: challenged.clientRequestId,
    date: challenged.date,
  });
}

function headerOf(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

function statusMessage(response: Response): string {
  const text = response.statusText ? ` (${response.statusText})` : "";
  return `Microsoft Graph answered HTTP ${response.status}${text}.`;
}

const GENERIC_INTUNE_TEXT = /^An error has occurred\.?$/i;
const INTUNE_BOILERPLATE = [
  /^Operation ID \(for customer support\):/i,
  /^Activity ID:/i,
  /^Url:/i,
  /^CustomApiErrorPhrase:\s*$/i,
];
const MAX_NESTING = 3;

/**
 * Graph's `error.message`, readable. Intune puts a JSON document there
 * (`{"_version":3,"Message":"… - Operation ID (for customer support): … - Activity ID: … - Url: …"}`),
 * sometimes nested once more (`{"ErrorCode":…,"Message":"{…}"}`): take the innermost Message and
 * keep its human text. When there is none, the whole Message stays (its Activity ID helps support).
 */
export function readableGraphMessage(message: string): string {
  const innermost = unwrapJsonMessage(message.trim(), MAX_NESTING);
  return humanText(innermost) ?? innermost;
}

function unwrapJsonMessage(message: string, levelsLeft: number): string {
  if (levelsLeft === 0 || !message.startsWith("{")) return message;
  const inner = messageField(parseJson(message));
  return inner === undefined ? message : unwrapJsonMessage(inner.trim(), levelsLeft - 1);
}

function messageField(document: unknown): string | undefined {
  if (typeof document !== "object" || document === null) return undefined;
  const record = document as Record<string, unknown>;
  const message = record.Message ?? record.message;
  return typeof message === "string" ? message : undefined;
}

function humanText(message: string): string | undefined {
  const segments = message
    .split(" - ")
    .map((segment) => segment.trim())
    .filter((segment) => segment && !INTUNE_BOILERPLATE.some((pattern) => pattern.test(segment)));
  const specific = segments.filter((segment) => !GENERIC_INTUNE_TEXT.test(segment));
  return specific.length > 0 ? specific.join(" - ") : undefined;
}

/** JSON.parse that answers undefined instead of throwing: Graph bodies are not always JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
