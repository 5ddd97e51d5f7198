import { deviceCsvFileName, DEVICE_CSV_COLUMNS } from "./deviceCsv";
import { deviceRow } from "./testRows";

describe("DEVICE_CSV_COLUMNS", () => {
  it("writes the shown state name and the exact check-in time in UTC", () => {
    const row = deviceRow("Galaxy", "removedByUser", { lastSyncMs: Date.UTC(2026, 10, 30, 12) });
    const cells = DEVICE_CSV_COLUMNS.map(({ cell }) => cell(row));
    expect(cells).toEqual(["Galaxy", "", "Removed by user", "", "2026-11-30T12:00:00.000Z", ""]);
  });
});

describe("deviceCsvFileName", () => {
  it("names the pool and the local date, safe for any file system", () => {
    expect(deviceCsvFileName("Contoso: EU/5G", new Date(2026, 11, 2, 23, 30))).toBe(
      "Contoso EU 5G devices 2026-12-02.csv",
    );
  });
});
