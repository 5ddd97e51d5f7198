import { z } from "zod";
import { ClientErrorCode } from "./errorCodes";
import { GraphError } from "./GraphError";
import { readableGraphMessage } from "./intuneMessage";
import { parseRetryAfterSeconds } from "./retryPolicy";
import { parseJson } from "./parseJson";

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
