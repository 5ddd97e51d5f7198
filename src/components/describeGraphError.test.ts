import { GraphError } from "../graph/GraphError";
import { describeGraphError } from "./describeGraphError";

const graphError = (status: number, code: string) =>
  new GraphError({ status, code, message: "Graph said no.", requestId: "req-1" });

describe("describeGraphError", () => {
  it("names the permission a refused write needs", () => {
    expect(describeGraphError(graphError(403, "Forbidden"), { access: "write" })).toMatch(
      /DeviceManagementConfiguration\.ReadWrite\.All/,
    );
    expect(describeGraphError(graphError(403, "Forbidden"))).toMatch(
      /DeviceManagementConfiguration\.Read\.All/,
    );
  });

  it("uses the caller's words for a 404", () => {
    expect(
      describeGraphError(graphError(404, "ResourceNotFound"), {
        notFound: "This pool no longer exists.",
      }),
    ).toBe("This pool no longer exists.");
    expect(describeGraphError(graphError(404, "ResourceNotFound"))).toMatch(/could not find/);
  });

  it("says nothing was sent when offline, and that the result is unknown after a dropped write", () => {
    const write = { access: "write" } as const;
    expect(describeGraphError(graphError(0, "Offline"), write)).toMatch(/nothing was sent/);
    expect(describeGraphError(graphError(0, "NetworkError"), write)).toMatch(/result is unknown/);
    expect(describeGraphError(graphError(504, "GatewayTimeout"), write)).toMatch(
      /result is unknown/,
    );
    expect(describeGraphError(graphError(0, "NetworkError"))).toMatch(/could not be reached/);
  });

  it("covers throttling, bad requests and errors that are not from Graph", () => {
    expect(describeGraphError(graphError(429, "TooManyRequests"))).toMatch(/throttling/);
    expect(describeGraphError(graphError(400, "BadRequest"))).toMatch(/rejected/);
    expect(describeGraphError(graphError(418, "Teapot"))).toMatch(/status 418/);
    expect(describeGraphError(new Error("boom"))).toBe("Something unexpected went wrong (boom).");
    expect(describeGraphError("???")).toBe("Something unexpected went wrong.");
  });
});
