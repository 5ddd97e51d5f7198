import { z } from "zod";
import { ClientErrorCode, GraphError } from "./GraphError";
import { BASE_URL, graphError, json, testClient } from "./testSupport";

const pool = z.object({ id: z.string(), displayName: z.string() });
const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";
const item = z.object({ id: z.string() });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("request headers and URLs", () => {
  it("sends the bearer token, a fresh client-request-id and JSON headers", async () => {
    const { client, requests, getAccessToken } = testClient([
      json({ id: "p1", displayName: "Contoso" }),
      json({ id: "p2", displayName: "Fabrikam" }, 201),
    ]);

    await client.get(`${POOLS}/p1`, pool);
    await client.post(POOLS, { displayName: "Fabrikam" }, pool);

    const [get, post] = requests;
    expect(get?.headers.get("Authorization")).toBe("Bearer token-1");
    expect(get?.headers.get("Accept")).toBe("application/json");
    expect(get?.headers.has("Content-Type")).toBe(false);
    expect(post?.headers.get("Content-Type")).toBe("application/json");
    expect(post?.body).toBe('{"displayName":"Fabrikam"}');
    expect(get?.headers.get("client-request-id")).toMatch(UUID);
    expect(post?.headers.get("client-request-id")).toMatch(UUID);
    expect(get?.headers.get("client-request-id")).not.toBe(post?.headers.get("client-request-id"));
    expect(getAccessToken).toHaveBeenCalledWith(
      ["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"],
      undefined,
    );
  });

  it("asks for the request's own scopes, the configured ones otherwise, and passes the interaction mode", async () => {
    const groupScopes = ["https://graph.microsoft.com/GroupMember.Read.All"];
    const { client, getAccessToken } = testClient([json({ id: "g" }), json({ id: "p" })]);
    await client.get("/groups/g", item, { scopes: groupScopes, interaction: "fail" });
    await client.get(POOLS, item);
    expect(getAccessToken.mock.calls).toEqual([
      [groupScopes, { interaction: "fail" }],
      [["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"], undefined],
    ]);
  });

  it("passes extra headers without letting them replace ours", async () => {
    const { client, requests } = testClient([json({ id: "g", displayName: "x" })]);
    await client.get("/groups", pool, {
      headers: { ConsistencyLevel: "eventual", Authorization: "Bearer stolen" },
    });
    expect(requests[0]?.headers.get("ConsistencyLevel")).toBe("eventual");
    expect(requests[0]?.headers.get("Authorization")).toBe("Bearer token-1");
  });

  it("joins the base URL and path with one slash", async () => {
    const { client, requests } = testClient([json({ id: "p", displayName: "x" })], {
      baseUrl: `${BASE_URL}/`,
    });
    await client.get(`${POOLS}/p?$select=id,displayName`, pool);
    expect(requests[0]?.url).toBe(`${BASE_URL}${POOLS}/p?$select=id,displayName`);
  });
});

describe("successful responses", () => {
  it("unwraps a single entity sent as { value: {…} }", async () => {
    const body = { "@odata.context": "x", value: { id: "p", displayName: "Contoso" } };
    const { client } = testClient([json(body), json(body, 201)]);
    await expect(client.get(`${POOLS}/p`, pool)).resolves.toEqual(body.value);
    await expect(client.post(POOLS, {}, pool)).resolves.toEqual(body.value);
  });

  it("leaves a collection's { value: [...] } alone", async () => {
    const { client } = testClient([json({ value: [] })]);
    const list = z.object({ value: z.array(pool) });
    await expect(client.get(POOLS, list)).resolves.toEqual({ value: [] });
  });

  it("reports a body that does not match the schema as UnexpectedResponse", async () => {
    const { client } = testClient([
      json({ id: 7, displayName: "x" }, 200, { "request-id": "req-7" }),
    ]);
    const error = await client.get(`${POOLS}/p`, pool).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      status: 200,
      code: ClientErrorCode.UnexpectedResponse,
      requestId: "req-7",
    });
    expect((error as GraphError).message).toContain("id");
  });

  it("reports a body that is not JSON as UnexpectedResponse", async () => {
    const { client } = testClient([new Response("<html>", { status: 200 })]);
    await expect(client.get(POOLS, pool)).rejects.toMatchObject({
      code: ClientErrorCode.UnexpectedResponse,
    });
  });

  it("accepts 204 No Content for delete", async () => {
    const { client, requests } = testClient([new Response(null, { status: 204 })]);
    await expect(client.delete(`${POOLS}/p`)).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe("DELETE");
    expect(requests[0]?.headers.has("Content-Type")).toBe(false);
  });
});

describe("failures before an answer", () => {
  it("sends nothing while offline", async () => {
    const { client, requests, getAccessToken } = testClient([], { isOnline: () => false });
    await expect(client.post(POOLS, {}, pool)).rejects.toMatchObject({
      status: 0,
      code: ClientErrorCode.Offline,
      message: "You appear to be offline; nothing was sent.",
    });
    expect(requests).toHaveLength(0);
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it("maps a rejected fetch to NetworkError with the client-request-id", async () => {
    const { client, requests } = testClient([new TypeError("Failed to fetch")]);
    const error = await client.delete(`${POOLS}/p`).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 0, code: ClientErrorCode.NetworkError });
    expect((error as GraphError).message).toContain("may not have reached Microsoft Graph");
    expect((error as GraphError).clientRequestId).toBe(
      requests[0]?.headers.get("client-request-id"),
    );
  });

  it("lets cancellation through as the AbortError itself", async () => {
    const abort = new DOMException("The operation was aborted.", "AbortError");
    const { client } = testClient([abort]);
    await expect(client.get(POOLS, pool)).rejects.toBe(abort);
  });

  it("sends nothing once the signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const { client, requests } = testClient([]);
    const error = await client.get(POOLS, pool, { signal: controller.signal }).catch((e) => e);
    expect(error).toBe(controller.signal.reason);
    expect(requests).toHaveLength(0);
  });

  it("wraps a token failure as TokenUnavailable, keeping its sentence and cause", async () => {
    const authError = new Error("You are signed out. Sign in to continue.");
    const { client, requests } = testClient([], {
      getAccessToken: async () => {
        throw authError;
      },
    });
    const error = await client.get(POOLS, pool).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: ClientErrorCode.TokenUnavailable,
      message: authError.message,
      cause: authError,
    });
    expect(requests).toHaveLength(0);
  });

  it("does not send the token to a foreign absolute URL", async () => {
    const { client, requests } = testClient([graphError(500, "x", "y")]);
    await expect(client.get("https://evil.example/beta/x", pool)).rejects.toMatchObject({
      code: ClientErrorCode.UntrustedUrl,
    });
    expect(requests).toHaveLength(0);
  });
});
