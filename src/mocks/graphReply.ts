import { HttpResponse } from "msw";
import { newGuid } from "./guid";

/** What a route decides; the pipeline adds Graph's headers and error envelope. */
export type GraphReply = (
  { status: number; body?: unknown } | { status: number; error: { code: string; message: string } }
) & { headers?: Record<string, string> };

export interface ReplyIds {
  requestId: string;
  clientRequestId: string;
}

const GRAPH_JSON =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

export function graphErrorReply(status: number, code: string, message: string): GraphReply {
  return { status, error: { code, message } };
}

export function toGraphResponse(reply: GraphReply, ids: ReplyIds): Response {
  const now = new Date();
  const headers = {
    "request-id": ids.requestId,
    "client-request-id": ids.clientRequestId,
    Date: now.toUTCString(),
    "Content-Type": GRAPH_JSON,
    ...reply.headers,
  };
  if ("error" in reply) {
    const innerError = {
      // Graph writes this date without a zone designator.
      date: now.toISOString().slice(0, 19),
      "request-id": ids.requestId,
      "client-request-id": ids.clientRequestId,
    };
    const body = { error: { ...reply.error, innerError } };
    return HttpResponse.json(body, { status: reply.status, headers });
  }
  if (reply.body === undefined) return new HttpResponse(null, { status: reply.status, headers });
  return HttpResponse.json(reply.body, { status: reply.status, headers });
}

/**
 * Intune's services put a JSON document inside Graph's `error.message`; the client must cope,
 * so the fake sends the same shape for the errors Intune itself raises (400, 403, 404).
 */
export function formatIntuneErrorMessage(url: string, text: string): string {
  return JSON.stringify({
    _version: 3,
    Message: [
      "An error has occurred",
      "Operation ID (for customer support): 00000000-0000-0000-0000-000000000000",
      `Activity ID: ${newGuid()}`,
      `Url: ${url}`,
      text,
    ].join(" - "),
    CustomApiErrorPhrase: "",
    RetryAfter: null,
    ErrorSourceService: "",
    HttpHeaders: "{}",
  });
}

export const POOLS_PATH = "/deviceManagement/embeddedSIMActivationCodePools";

export function notFound(url: URL, entityType: string): GraphReply {
  const text = `No ${entityType} with the requested id exists.`;
  return graphErrorReply(404, "ResourceNotFound", formatIntuneErrorMessage(url.href, text));
}

export function intuneBadRequest(url: URL, text: string): GraphReply {
  return graphErrorReply(400, "BadRequest", formatIntuneErrorMessage(url.href, text));
}
