import { graphDeviceStateSchema } from "./graphDeviceState";

describe("graphDeviceStateSchema", () => {
  it("keeps only what the screens show, with the check-in as a number", () => {
    const row = graphDeviceStateSchema.parse({
      id: "d1",
      createdDateTime: "2026-01-01T00:00:00Z",
      modifiedDateTime: "2026-01-02T00:00:00Z",
      lastSyncDateTime: "2026-11-30T12:00:00Z",
      universalIntegratedCircuitCardIdentifier: "8901260000000000001",
      deviceName: "iPhone de Zoë",
      userName: "Zoë Ångström",
      state: "installed",
      stateDetails: "Profile installed.",
    });
    expect(row).toEqual({
      id: "d1",
      deviceName: "iPhone de Zoë",
      userName: "Zoë Ångström",
      state: "installed",
      stateDetails: "Profile installed.",
      lastSyncMs: Date.parse("2026-11-30T12:00:00Z"),
      uiccid: "8901260000000000001",
      searchKey: "iphone de zoe\nzoe angstrom",
    });
  });

  it("reads missing texts as empty and Graph's zero date as never", () => {
    const row = graphDeviceStateSchema.parse({
      id: "d2",
      state: "notEvaluated",
      deviceName: null,
      lastSyncDateTime: "0001-01-01T00:00:00Z",
    });
    expect(row).toMatchObject({ deviceName: "", userName: "", lastSyncMs: null, uiccid: "" });
  });

  it("keeps an unknown state and refuses a row without one", () => {
    expect(graphDeviceStateSchema.parse({ id: "d3", state: "suspended" }).state).toBe("suspended");
    expect(graphDeviceStateSchema.safeParse({ id: "d4" }).success).toBe(false);
  });
});
