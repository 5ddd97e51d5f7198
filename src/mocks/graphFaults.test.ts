import { targetTypes } from "./assignmentTarget";
import { seedIds } from "./seedData";
import { callGraph, setupTestGraph } from "./testGraph";

const graph = setupTestGraph();

const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";
const assignments = `${POOLS}/${seedIds.emptyPool}/assignments`;
const createAllDevices = () =>
  callGraph(assignments, {
    method: "POST",
    body: JSON.stringify({ target: { "@odata.type": targetTypes.allDevices } }),
  });

describe("injected faults", () => {
  it("answers 429 with Retry-After for the next N matching requests, then normally", async () => {
    graph.faults.add({
      method: "GET",
      path: "/embeddedSIMActivationCodePools",
      status: 429,
      retryAfter: "0.5",
      times: 2,
    });

    for (const remaining of [1, 0]) {
      const response = await callGraph(POOLS);
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("0.5");
      expect(response.headers.get("request-id")).toBeTruthy();
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe("TooManyRequests");
      expect(graph.faults.pending().map((rule) => rule.times)).toEqual(remaining ? [1] : []);
    }
    expect((await callGraph(POOLS)).status).toBe(200);
  });

  it("only matches the given method and path", async () => {
    graph.faults.add({ method: "POST", path: "/assignments", status: 503 });
    expect((await callGraph(POOLS)).status).toBe(200);
    const response = await createAllDevices();
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "ServiceUnavailable",
    );
    expect(graph.store.listAssignments(seedIds.emptyPool)).toEqual([]);
  });

  it("afterHandler: stores the assignment, then answers 504", async () => {
    graph.faults.add({ method: "POST", path: "/assignments", status: 504, afterHandler: true });
    const response = await createAllDevices();
    expect(response.status).toBe(504);
    expect(graph.store.listAssignments(seedIds.emptyPool)).toHaveLength(1);
  });

  it("drop: fetch fails with a network error and nothing is stored", async () => {
    graph.faults.add({ path: "/assignments", drop: true });
    await expect(createAllDevices()).rejects.toThrow(TypeError);
    expect(graph.store.listAssignments(seedIds.emptyPool)).toEqual([]);
  });

  it("drop afterHandler: stored, but the client sees a network error", async () => {
    graph.faults.add({ path: "/assignments", drop: true, afterHandler: true });
    await expect(createAllDevices()).rejects.toThrow(TypeError);
    expect(graph.store.listAssignments(seedIds.emptyPool)).toHaveLength(1);
  });

  it("delayMs alone delays a normal answer", async () => {
    graph.faults.add({ path: POOLS, delayMs: 120 });
    const started = Date.now();
    expect((await callGraph(POOLS)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it("passes code, message and extra headers through, e.g. a claims challenge", async () => {
    const challenge = 'Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="';
    graph.faults.add({
      path: POOLS,
      status: 401,
      code: "InvalidAuthenticationToken",
      message: "Claims needed.",
      headers: { "WWW-Authenticate": challenge },
    });
    const response = await callGraph(POOLS);
    expect(response.headers.get("www-authenticate")).toBe(challenge);
    expect(await response.json()).toMatchObject({
      error: { code: "InvalidAuthenticationToken", message: "Claims needed." },
    });
  });

  it("rejects rules that would do nothing", () => {
    expect(() => graph.faults.add({ path: POOLS })).toThrow();
    expect(() => graph.faults.add({ path: POOLS, drop: true, status: 500 })).toThrow();
    expect(() => graph.faults.add({ path: POOLS, status: 500, pass: 0 })).toThrow();
    expect(() => graph.faults.add({ path: POOLS, status: 500, pass: 1.5 })).toThrow();
  });

  it("pass: lets that many matching requests through first, so the third page fails", async () => {
    graph.faults.add({ method: "GET", path: "/deviceStates", status: 500, pass: 2 });
    const pageUrls = [`${POOLS}/${seedIds.bigPool}/deviceStates`];
    for (const passesLeft of [1, 0]) {
      const response = await callGraph(pageUrls.at(-1) ?? "");
      expect(response.status).toBe(200);
      const page = (await response.json()) as { "@odata.nextLink": string };
      pageUrls.push(page["@odata.nextLink"]);
      expect(graph.faults.pending()).toMatchObject([{ pass: passesLeft, times: 1 }]);
    }
    const third = pageUrls.at(-1) ?? "";
    expect((await callGraph(third)).status).toBe(500);
    expect(graph.faults.pending()).toEqual([]);
    expect((await callGraph(third)).status).toBe(200);
  });

  it("pass: requests the rule does not match leave its passes alone", async () => {
    graph.faults.add({ method: "GET", path: "/deviceStates", status: 503, pass: 1, times: 2 });
    expect((await callGraph(POOLS)).status).toBe(200);
    const deviceStates = `${POOLS}/${seedIds.smallPool}/deviceStates`;
    expect((await callGraph(deviceStates)).status).toBe(200);
    expect((await callGraph(deviceStates)).status).toBe(503);
    expect((await callGraph(deviceStates)).status).toBe(503);
    expect((await callGraph(deviceStates)).status).toBe(200);
  });
});
