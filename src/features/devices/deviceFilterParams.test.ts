import { readDeviceListParams, withDeviceListParams } from "./deviceFilterParams";

describe("device list params", () => {
  it("reads states, search and sort from the URL", () => {
    const params = new URLSearchParams(
      "status=failed&status=error&status=failed&q=zo%C3%AB&sort=lastCheckIn&order=desc",
    );
    expect(readDeviceListParams(params)).toEqual({
      states: ["failed", "error"],
      query: "zoë",
      sort: { column: "lastCheckIn", direction: "descending" },
    });
  });

  it("ignores a sort column it does not know", () => {
    expect(readDeviceListParams(new URLSearchParams("sort=password")).sort).toBeUndefined();
  });

  it("writes only what changed and keeps the rest", () => {
    const params = new URLSearchParams("q=galaxy&other=1");
    const next = withDeviceListParams(params, { states: ["failed", "error"] });
    expect(next.toString()).toBe("q=galaxy&other=1&status=failed&status=error");
    expect(withDeviceListParams(next, { query: "", sort: undefined }).toString()).toBe(
      "other=1&status=failed&status=error",
    );
    expect(
      withDeviceListParams(next, { sort: { column: "deviceName", direction: "ascending" } }).get(
        "order",
      ),
    ).toBe("asc");
  });

  it("survives a round trip", () => {
    const view = {
      states: ["removedByUser"],
      query: "a&b=c",
      sort: { column: "uiccid", direction: "descending" },
    } as const;
    expect(readDeviceListParams(withDeviceListParams(new URLSearchParams(), view))).toEqual(view);
  });
});
