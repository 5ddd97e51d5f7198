import { http, HttpResponse, type HttpHandler } from "msw";
import type { AccessNeed, Authorize } from "./authorization";
import { graphErrorReply, toGraphResponse, type GraphReply, type ReplyIds } from "./graphReply";
import { newGuid } from "./guid";
import { applyFault, type FaultOutcome } from "./faultAnswer";
import type { FaultQueue } from "./faultQueue";
import { GRAPH_BEARER_CHALLENGE } from "./graphChallenge";

export interface GraphRouteDeps {
  /** Absolute, e.g. "https://graph.test/beta"; nextLinks are built from it. */
  baseUrl: string;
  authorize: Authorize;
  faults: FaultQueue;
  /** How a "drop" fault ends the exchange; see createGraphHandlers. */
  dropConnection: () => Response;
}

export interface RouteInput {
  request: Request;
  url: URL;
  params: Record<string, string>;
}

export type RouteResolver = (input: RouteInput) => GraphReply | Promise<GraphReply>;

/** One Graph operation: case check, authorize, faults before/after, Graph headers on every reply. */
export function graphRoute(
  deps: GraphRouteDeps,
  method: "get" | "post" | "delete",
  template: string,
  need: AccessNeed,
  resolve: RouteResolver,
): HttpHandler {
  const templatePath = `${new URL(deps.baseUrl).pathname}${template}`;
  return http[method](`${deps.baseUrl}${template}`, async ({ request, params }) => {
    const url = new URL(request.url);
    const ids: ReplyIds = {
      requestId: newGuid(),
      clientRequestId: request.headers.get("client-request-id") ?? newGuid(),
    };
    const respond = (reply: GraphReply) => toGraphResponse(reply, ids);
    const finish = (outcome: NonNullable<FaultOutcome>) =>
      outcome.kind === "drop" ? deps.dropConnection() : respond(outcome.reply);

    const wrongSegment = findMiscasedSegment(templatePath, url.pathname);
    if (wrongSegment !== undefined) {
      const message = `Resource not found for the segment '${wrongSegment}'.`;
      return respond(graphErrorReply(400, "BadRequest", message));
    }
    const access = await deps.authorize(request, need);
    if (!access.ok) {
      const challenge: Record<string, string> =
        access.status === 401 ? { "WWW-Authenticate": GRAPH_BEARER_CHALLENGE } : {};
      return respond({
        ...graphErrorReply(access.status, access.code, access.message),
        headers: challenge,
      });
    }
    const fault = deps.faults.take(request.method, url.pathname, access.clientCapabilities);
    const early = fault && !fault.afterHandler ? await applyFault(fault) : undefined;
    if (early) return finish(early);
    const reply = await resolve({ request, url, params: stringParams(params) });
    const late = fault?.afterHandler ? await applyFault(fault) : undefined;
    return late ? finish(late) : respond(reply);
  });
}

/** msw matches paths case-insensitively; Graph does not. */
function findMiscasedSegment(templatePath: string, pathname: string): string | undefined {
  const actual = pathname.split("/");
  return templatePath
    .split("/")
    .map((expected, index) => ({ expected, got: actual[index] ?? "" }))
    .find(({ expected, got }) => !expected.startsWith(":") && expected !== got)?.got;
}

function stringParams(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

/** In-process (msw/node, browser worker) this becomes a network error for fetch. */
export const networkError = (): Response => HttpResponse.error();

/** The request body when it is a JSON object; undefined for anything else. */
export async function readJsonObject(
  request: Request,
): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === "object" && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
