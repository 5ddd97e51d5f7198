import { vi } from "vitest";
import type { RetryEvent, TokenGetter } from "./clientTypes";
import { createGraphClient, type GraphClientOptions } from "./client";

/** Test-only: a fake fetch answering from a queue and a client wired to fakes. */

export const BASE_URL = "https://graph.example.test/beta";

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/** A response to return, or what fetch rejects with. */
type Answer = Response | Error | DOMException;

export function fakeFetch(answers: Answer[]) {
  const queue = [...answers];
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({
      url: String(input),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? init.body : undefined,
    });
    const answer = queue.shift();
    if (answer === undefined)
      throw new Error(`Unexpected request ${init?.method} ${String(input)}`);
    if (answer instanceof Response) return answer;
    throw answer;
  };
  return { fetch, requests };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  const innerError = { date: "2025-01-02T03:04:05", "request-id": `req-${status}` };
  return json({ error: { code, message, innerError } }, status, headers);
}

export function testClient(answers: Answer[], overrides: Partial<GraphClientOptions> = {}) {
  const { fetch, requests } = fakeFetch(answers);
  const sleeps: number[] = [];
  const retries: RetryEvent[] = [];
  const getAccessToken = vi.fn<TokenGetter>(async () => "token-1");
  const client = createGraphClient({
    baseUrl: BASE_URL,
    scopes: ["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"],
    getAccessToken,
    fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    onRetry: (event) => retries.push(event),
    isOnline: () => true,
    ...overrides,
  });
  return { client, requests, sleeps, retries, getAccessToken };
}
