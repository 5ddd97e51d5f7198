import { http, type HttpHandler } from "msw";
import { createAssignmentRoutes } from "./assignmentRoutes";
import type { Authorize } from "./authorization";
import { createDeviceStateRoutes, DEFAULT_DEVICE_STATE_PAGE_SIZE } from "./deviceStateRoutes";
import type { FaultQueue } from "./faultQueue";
import type { GraphStore } from "./graphStore";
import { graphErrorReply, toGraphResponse } from "./graphReply";
import { networkError, type GraphRouteDeps } from "./graphRoute";
import { createGroupRoutes } from "./groupRoutes";
import { newGuid } from "./guid";
import { createPoolRoutes, DEFAULT_POOL_PAGE_SIZE } from "./poolRoutes";

export interface GraphHandlerOptions {
  /** Absolute Graph base, e.g. "https://graph.test/beta"; nextLinks point here. */
  baseUrl: string;
  store: GraphStore;
  faults: FaultQueue;
  authorize: Authorize;
  /** Pools per page, 25 by default; a function is read on every request. */
  pageSize?: number | (() => number);
  /** 500 by default; a function is read on every request (the emulator's control API sets it). */
  deviceStatePageSize?: number | (() => number);
  /**
   * Ends an exchange for a "drop" fault. The default (Response.error()) is a network error
   * in-process; served over HTTP it cannot be written, so the emulator destroys the socket.
   */
  dropConnection?: () => Response;
}

/**
 * The eSIM activation code pool endpoints of Graph beta (pools, assignments, device states) and
 * the group reads, as msw handlers.
 */
export function createGraphHandlers({
  baseUrl,
  store,
  faults,
  authorize,
  pageSize = DEFAULT_POOL_PAGE_SIZE,
  deviceStatePageSize = DEFAULT_DEVICE_STATE_PAGE_SIZE,
  dropConnection = networkError,
}: GraphHandlerOptions): HttpHandler[] {
  const deps: GraphRouteDeps = {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    authorize,
    faults,
    dropConnection,
  };
  return [
    ...createPoolRoutes(deps, store, typeof pageSize === "function" ? pageSize : () => pageSize),
    ...createAssignmentRoutes(deps, store),
    ...createDeviceStateRoutes(
      deps,
      store,
      typeof deviceStatePageSize === "function" ? deviceStatePageSize : () => deviceStatePageSize,
    ),
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
