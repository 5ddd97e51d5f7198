import { z } from "zod";
import { ClientErrorCode } from "./GraphError";
import { BASE_URL, graphError, json, testClient } from "./testSupport";

const pool = z.object({ id: z.string() });
const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";
const ok = () => json({ id: "p" });
const throttled = (headers: Record<string, string> = {}) =>
  graphError(429, "TooManyRequests", "Slow down.", headers);
const unavailable = () => graphError(503, "ServiceUnavailable", "Try later.");

describe("retries", () => {
  it("waits a fractional Retry-After and tells onRetry first", async () => {
    const { client, sleeps, retries } = testClient([throttled({ "Retry-After": "1.5" }), ok()]);
    await expect(client.get(POOLS, pool)).resolves.toEqual({ id: "p" });
    expect(sleeps).toEqual([1500]);
    expect(retries).toEqual([
      { method: "GET", url: `${BASE_URL}${POOLS}`, status: 429, attempt: 1, delayMs: 1500 },
    ]);
  });

  it("backs off within the cap when Retry-After is not readable", async () => {
    const { client, sleeps } = testClient([throttled(), throttled(), throttled(), ok()], {
      random: () => 0.999,
      retry: { baseDelayMs: 100, maxDelayMs: 300 },
    });
    await client.get(POOLS, pool);
    expect(sleeps).toEqual([99, 199, 299]);
  });

  it("stops at the cap and throws the last error with its request id", async () => {
    const { client, requests, retries } = testClient(
      Array.from({ length: 10 }, () => unavailable()),
    );
    await expect(client.get(POOLS, pool)).rejects.toMatchObject({
      status: 503,
      code: "ServiceUnavailable",
      requestId: "req-503",
    });
    expect(requests).toHaveLength(4);
    expect(retries.map(({ attempt }) => attempt)).toEqual([1, 2, 3]);
  });

  it("retries a read sent as POST like a GET, and never a create", async () => {
    const byIds = "/directoryObjects/getByIds";
    const list = z.object({ value: z.array(pool) });
    const answers = [new TypeError("Failed to fetch"), unavailable(), json({ value: [] })];
    const read = testClient(answers);
    await expect(read.client.post(byIds, { ids: [] }, list, { readOnly: true })).resolves.toEqual({
      value: [],
    });
    expect(read.requests.map(({ method }) => method)).toEqual(["POST", "POST", "POST"]);

    const create = testClient([unavailable(), ok()]);
    await expect(create.client.post(POOLS, {}, pool)).rejects.toMatchObject({ status: 503 });
    expect(create.requests).toHaveLength(1);
  });

  it("retries a read after a network error and a 504", async () => {
    const gateway = graphError(504, "GatewayTimeout", "Late.");
    const { client, requests } = testClient([new TypeError("Failed to fetch"), gateway, ok()]);
    await expect(client.get(POOLS, pool)).resolves.toEqual({ id: "p" });
    expect(requests).toHaveLength(3);
  });

  it("retries a delete only after 429: after a 5xx or a lost answer the caller re-reads", async () => {
    const throttledOnce = testClient([throttled(), new Response(null, { status: 204 })]);
    await expect(throttledOnce.client.delete(`${POOLS}/p`)).resolves.toBeUndefined();
    expect(throttledOnce.requests).toHaveLength(2);

    for (const answer of [unavailable(), new TypeError("Failed to fetch")]) {
      const failed = testClient([answer, new Response(null, { status: 204 })]);
      await expect(failed.client.delete(`${POOLS}/p`)).rejects.toBeInstanceOf(Error);
      expect(failed.requests).toHaveLength(1);
    }
  });

  it("retries a create after 429 only once its Retry-After has passed, with the same body", async () => {
    const { client, requests, sleeps } = testClient([
      throttled({ "Retry-After": "2" }),
      json({ id: "a" }, 201),
    ]);
    await expect(client.post(`${POOLS}/p/assignments`, { target: 1 }, pool)).resolves.toEqual({
      id: "a",
    });
    expect(requests.map(({ method, body }) => [method, body])).toEqual([
      ["POST", '{"target":1}'],
      ["POST", '{"target":1}'],
    ]);
    expect(sleeps).toEqual([2000]);
  });

  it.each([
    ["a 503", unavailable(), 503],
    ["a 504", graphError(504, "GatewayTimeout", "Late."), 504],
    ["a dropped connection", new TypeError("Failed to fetch"), 0],
  ])("never replays a create after %s", async (_, answer, status) => {
    const { client, requests, retries } = testClient([answer, json({ id: "dup" }, 201)]);
    const error = await client.post(POOLS, {}, pool).catch((e: unknown) => e);
    expect(error).toMatchObject({ status, isAmbiguous: true });
    expect(requests).toHaveLength(1);
    expect(retries).toHaveLength(0);
  });

  it("does not retry a 403", async () => {
    const { client, requests } = testClient([graphError(403, "Forbidden", "No."), ok()]);
    await expect(client.post(POOLS, {}, pool)).rejects.toMatchObject({ status: 403 });
    expect(requests).toHaveLength(1);
  });

  it("stops waiting when the request is cancelled", async () => {
    const controller = new AbortController();
    const { client, requests } = testClient([throttled(), ok()], {
      sleep: () => {
        controller.abort();
        return new Promise(() => {});
      },
    });
    const error = await client.get(POOLS, pool, { signal: controller.signal }).catch((e) => e);
    expect(error).toBe(controller.signal.reason);
    expect(requests).toHaveLength(1);
  });
});

describe("claims challenge", () => {
  const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
  const challenge = () =>
    graphError(401, "InvalidAuthenticationToken", "Continuous access evaluation.", {
      "WWW-Authenticate": `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(claims)}"`,
    });

  it("gets one token with the decoded claims and retries once", async () => {
    const { client, requests, getAccessToken, sleeps } = testClient([challenge(), ok()]);
    getAccessToken.mockResolvedValueOnce("token-1").mockResolvedValueOnce("token-2");

    await expect(client.post(POOLS, {}, pool)).resolves.toEqual({ id: "p" });

    expect(getAccessToken.mock.calls.map(([, options]) => options)).toEqual([
      undefined,
      { claims },
    ]);
    expect(requests[1]?.headers.get("Authorization")).toBe("Bearer token-2");
    expect(sleeps).toEqual([]);
  });

  it("gives a clear error on a second challenge instead of looping", async () => {
    const { client, requests, getAccessToken } = testClient([challenge(), challenge(), ok()]);
    const error = await client.get(POOLS, pool).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 401,
      code: ClientErrorCode.InsufficientClaims,
      requestId: "req-401",
    });
    expect(requests).toHaveLength(2);
    expect(getAccessToken).toHaveBeenCalledTimes(2);
  });

  it("treats a 401 without a claims challenge as a plain error", async () => {
    const { client, requests } = testClient([
      graphError(401, "InvalidAuthenticationToken", "Expired."),
    ]);
    await expect(client.get(POOLS, pool)).rejects.toMatchObject({
      status: 401,
      code: "InvalidAuthenticationToken",
    });
    expect(requests).toHaveLength(1);
  });
});
