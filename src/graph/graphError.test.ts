import { describe, expect, it } from "vitest";
import { GraphError } from "./GraphError";

describe("GraphError.isAmbiguous", () => {
  it.each([
    [0, "NetworkError", true],
    [504, "GatewayTimeout", true],
    [500, "InternalServerError", true],
    [0, "Offline", false],
    [0, "TokenUnavailable", false],
    [0, "UntrustedUrl", false],
    [429, "TooManyRequests", false],
    [400, "BadRequest", false],
  ])("status %i code %s -> %s", (status, code, expected) => {
    expect(new GraphError({ status, code, message: "m" }).isAmbiguous).toBe(expected);
  });
});
