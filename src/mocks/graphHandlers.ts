import { http, type HttpHandler } from "msw";
import { createAssignmentRoutes } from "./assignmentRoutes";
import type { Authorize } from "./authorization";
import type { FaultQueue } from "./faultQueue";
import type { GraphStore } from "./graphStore";
import { graphErrorReply, toGraphResponse } from "./graphReply";
import { networkError, type GraphRouteDeps } from "./graphRoute";
import { createGroupRoutes } from "./groupRoutes";
import { newGuid } from "./guid";
import { createPoolRoutes } from "./poolRoutes";

export interface GraphHandlerOptions {
  /** Absolute Graph base, e.g. "https://graph.test/beta"; nextLinks point here. */
  baseUrl: string;
  store: GraphStore;
  faults: FaultQueue;
  authorize: Authorize;
  pageSize?: number;
  /**
   * Ends an exchange for a "drop" fault. The default (Response.error()) is a network error
   * in-process; served over HTTP it cannot be written, so the emulator destroys the socket.
   */
  dropConnection?: () => Response;
}

/** The eSIM activation code pool endpoints of Graph beta and the group reads, as msw handlers. */
export function createGraphHandlers({
  baseUrl,
  store,
  faults,
  authorize,
  pageSize = 25,
  dropConnection = networkError,
}: GraphHandlerOptions): HttpHandler[] {
  const deps: GraphRouteDeps = {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    authorize,
    faults,
    dropConnection,
  };
  return [
    ...createPoolRoutes(deps, store, pageSize),
    ...createAssignmentRoutes(deps, store),
    ...createGroupRoutes(deps, store),
  ];
}

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
