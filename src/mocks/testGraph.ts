import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { TokenGetter } from "../graph/clientTypes";
import { graphScopes } from "./authorization";
import { createFakeTokenAuthorizer, createFakeTokenGetter, fakeToken } from "./fakeTokenAuthorizer";
import { createFaultQueue, type FaultQueue } from "./faultQueue";
import { createGraphHandlers } from "./graphHandlers";
import { createGraphStore, type GraphStore } from "./graphStore";

export const TEST_GRAPH_BASE_URL = "https://graph.test/beta";
/** What a consented admin's token carries: eSIM read/write and group reads for the picker. */
export const DEFAULT_TEST_SCOPES: readonly string[] = [
  graphScopes.readWrite,
  graphScopes.groupMemberRead,
];

export interface TestGraph {
  server: SetupServer;
  store: GraphStore;
  faults: FaultQueue;
  baseUrl: string;
  /** Hands out `fake:` tokens with the chosen scopes (DEFAULT_TEST_SCOPES by default). */
  getAccessToken: TokenGetter;
}

export interface TestGraphOptions {
  scopes?: string[];
  /** The tokens' `xms_cc`, e.g. ["CP1"] (answers claims challenges); none by default. */
  clientCapabilities?: string[];
  /** 500 unless given; a function is read on every request, so a test can change it. */
  deviceStatePageSize?: number | (() => number);
}

/** The fake Graph in-process (msw/node); you wire the lifecycle (or use setupTestGraph). */
export function createTestGraph({
  scopes = [...DEFAULT_TEST_SCOPES],
  clientCapabilities = [],
  deviceStatePageSize,
}: TestGraphOptions = {}): TestGraph {
  const store = createGraphStore();
  const faults = createFaultQueue();
  const handlers = createGraphHandlers({
    baseUrl: TEST_GRAPH_BASE_URL,
    store,
    faults,
    authorize: createFakeTokenAuthorizer(),
    deviceStatePageSize,
  });
  return {
    server: setupServer(...handlers),
    store,
    faults,
    baseUrl: TEST_GRAPH_BASE_URL,
    getAccessToken: createFakeTokenGetter(scopes, clientCapabilities),
  };
}

/**
 * Call at the top of a test file: listens before all tests, and after each one drops
 * `server.use` overrides, re-seeds the store and clears faults.
 */
export function setupTestGraph(options?: TestGraphOptions): TestGraph {
  const graph = createTestGraph(options);
  beforeAll(() => graph.server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    graph.server.resetHandlers();
    graph.store.reset();
    graph.faults.clear();
  });
  afterAll(() => graph.server.close());
  return graph;
}

export interface CallGraphInit extends RequestInit {
  /** Token scopes; DEFAULT_TEST_SCOPES unless given. null sends no Authorization header. */
  scopes?: string[] | null;
  /** The token's `xms_cc`; none unless given. */
  clientCapabilities?: string[];
}

/** Plain fetch against the in-process fake Graph: path under the base URL, or an absolute URL. */
export function callGraph(pathOrUrl: string, init: CallGraphInit = {}): Promise<Response> {
  const { scopes = [...DEFAULT_TEST_SCOPES], clientCapabilities, ...requestInit } = init;
  const headers = new Headers(requestInit.headers);
  if (scopes !== null) {
    headers.set("Authorization", `Bearer ${fakeToken(scopes, clientCapabilities)}`);
  }
  if (typeof requestInit.body === "string") headers.set("Content-Type", "application/json");
  const url = pathOrUrl.startsWith("http") ? pathOrUrl : `${TEST_GRAPH_BASE_URL}${pathOrUrl}`;
  return fetch(url, { ...requestInit, headers });
}
