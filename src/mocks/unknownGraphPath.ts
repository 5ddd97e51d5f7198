import { http, type HttpHandler } from "msw";
import { graphErrorReply, toGraphResponse } from "./graphReply";
import { newGuid } from "./guid";

/**
 * A Graph-shaped 404 for anything under the base URL that no handler serves. Register it last
 * (after every other Graph handler), where a real HTTP server needs an answer for everything.
 */
export function createUnknownGraphPathHandler(baseUrl: string): HttpHandler {
  return http.all(`${baseUrl.replace(/\/+$/, "")}/*`, ({ request }) => {
    const { pathname } = new URL(request.url);
    const message = `The fake Graph does not serve ${request.method} ${pathname}.`;
    const ids = {
      requestId: newGuid(),
      clientRequestId: request.headers.get("client-request-id") ?? newGuid(),
    };
    return toGraphResponse(graphErrorReply(404, "NotFound", message), ids);
  });
}
