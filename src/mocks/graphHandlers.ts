import type { HttpHandler } from "msw";
import { createAssignmentRoutes } from "./assignmentRoutes";
import type { Authorize } from "./authorization";
import type { FaultQueue } from "./faultQueue";
import type { GraphStore } from "./graphStore";
import { networkError, type GraphRouteDeps } from "./graphRoute";
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

/** The eSIM activation code pool endpoints of Graph beta, as msw handlers. */
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
  return [...createPoolRoutes(deps, store, pageSize), ...createAssignmentRoutes(deps, store)];
}
