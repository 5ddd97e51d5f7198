import { z } from "zod";
import { ClientErrorCode, GraphError } from "./GraphError";
import { json, testClient } from "./testSupport";

const anything = z.unknown();

async function failureOf(response: Response): Promise<GraphError> {
  const { client } = testClient([response]);
  const error: unknown = await client.get("/deviceManagement/x", anything).catch((e) => e);
  if (!(error instanceof GraphError)) throw new Error("expected a GraphError");
  return error;
}

describe("error mapping", () => {
  it("reads Graph's error shape", async () => {
    const error = await failureOf(
      json(
        {
          error: {
            code: "ResourceNotFound",
            message: "Pool not found.",
            innerError: {
              date: "2025-01-02T03:04:05",
              "request-id": "req-1",
              "client-request-id": "client-1",
            },
          },
        },
        404,
      ),
    );
    expect(error).toMatchObject({
      status: 404,
      code: "ResourceNotFound",
      message: "Pool not found.",
      requestId: "req-1",
      clientRequestId: "client-1",
      date: "2025-01-02T03:04:05",
    });
  });

  it("reads the older requestId spelling", async () => {
    const body = {
      error: { code: "Forbidden", message: "No.", innerError: { requestId: "old-1" } },
    };
    expect(await failureOf(json(body, 403))).toMatchObject({ requestId: "old-1" });
  });

  it("unwraps the JSON document Intune puts in the message", async () => {
    const intune = JSON.stringify({
      _version: 3,
      Message:
        "An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 1b2c - Url: https://fef.example/x - Pool name is already in use.",
      CustomApiErrorPhrase: "",
    });
    const error = await failureOf(json({ error: { code: "BadRequest", message: intune } }, 400));
    expect(error).toMatchObject({ code: "BadRequest", message: "Pool name is already in use." });
  });

  it("falls back to response headers for ids and date", async () => {
    const error = await failureOf(
      json({ error: { code: "Forbidden", message: "No." } }, 403, {
        "request-id": "hdr-req",
        "client-request-id": "hdr-client",
        Date: "Thu, 02 Jan 2025 03:04:05 GMT",
      }),
    );
    expect(error).toMatchObject({
      requestId: "hdr-req",
      clientRequestId: "hdr-client",
      date: "Thu, 02 Jan 2025 03:04:05 GMT",
    });
  });

  it("keeps the client-request-id it sent when the answer has none", async () => {
    const { client, requests } = testClient([json({}, 500)]);
    const error: unknown = await client.get("/x", anything).catch((e) => e);
    expect(error).toMatchObject({ clientRequestId: requests[0]?.headers.get("client-request-id") });
  });

  it("gives a sensible code and message for a body that is not JSON", async () => {
    const error = await failureOf(
      new Response("<html>Bad gateway</html>", {
        status: 502,
        statusText: "Bad Gateway",
        headers: { "request-id": "gw-1" },
      }),
    );
    expect(error).toMatchObject({
      status: 502,
      code: ClientErrorCode.HttpError,
      message: "Microsoft Graph answered HTTP 502 (Bad Gateway).",
      requestId: "gw-1",
    });
  });

  it("handles an empty error body without a status text", async () => {
    const error = await failureOf(new Response(null, { status: 409 }));
    expect(error).toMatchObject({
      code: ClientErrorCode.HttpError,
      message: "Microsoft Graph answered HTTP 409.",
    });
  });

  it("records a readable Retry-After", async () => {
    const error = await failureOf(json({}, 400, { "Retry-After": "2.5" }));
    expect(error.retryAfterSeconds).toBe(2.5);
  });
});
