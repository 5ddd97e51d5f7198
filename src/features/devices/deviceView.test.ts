import { filterDevices, sortDevices } from "./deviceView";
import { deviceRow } from "./testRows";

const zoe = deviceRow("iPhone de Zoë", "failed", { userName: "Zoë Ångström", lastSyncMs: 3 });
const bjorn = deviceRow("Galaxy S24", "installed", { userName: "Björn Öztürk", lastSyncMs: 1 });
const desktop = deviceRow("DESKTOP-7Q2", "failed", { userName: "adele@contoso.com" });
const odd = deviceRow("=cmd", "unknownFutureValue", { lastSyncMs: 2 });
const pages = [
  [zoe, bjorn],
  [desktop, odd],
];
const names = (rows: readonly { deviceName: string }[]) => rows.map(({ deviceName }) => deviceName);

describe("filterDevices", () => {
  const all = sortDevices(pages, undefined);

  it("keeps every row, and the same list, without filters", () => {
    const { rows } = filterDevices(all, { states: [], query: "" });
    expect(rows).toBe(all);
  });

  it("keeps the chosen states, several at once", () => {
    expect(names(filterDevices(all, { states: ["failed"], query: "" }).rows)).toEqual([
      "iPhone de Zoë",
      "DESKTOP-7Q2",
    ]);
    expect(
      names(filterDevices(all, { states: ["installed", "unknownFutureValue"], query: "" }).rows),
    ).toEqual(["Galaxy S24", "=cmd"]);
  });

  it("searches device and user names, ignoring case and diacritics", () => {
    expect(names(filterDevices(all, { states: [], query: "zoe" }).rows)).toEqual(["iPhone de Zoë"]);
    expect(names(filterDevices(all, { states: [], query: " BJORN " }).rows)).toEqual([
      "Galaxy S24",
    ]);
    expect(names(filterDevices(all, { states: [], query: "desktop" }).rows)).toEqual([
      "DESKTOP-7Q2",
    ]);
  });

  it("counts per state what the search matches, whatever states are chosen", () => {
    const { countsBySearch } = filterDevices(all, { states: ["installed"], query: "o" });
    expect(Object.fromEntries(countsBySearch ?? [])).toEqual({ failed: 2, installed: 1 });
  });
});

describe("sortDevices", () => {
  it("keeps Graph's order without a sort", () => {
    expect(names(sortDevices(pages, undefined))).toEqual([
      "iPhone de Zoë",
      "Galaxy S24",
      "DESKTOP-7Q2",
      "=cmd",
    ]);
  });

  it("sorts names ignoring case, both ways", () => {
    const sort = { column: "deviceName", direction: "ascending" } as const;
    expect(names(sortDevices(pages, sort))).toEqual([
      "=cmd",
      "DESKTOP-7Q2",
      "Galaxy S24",
      "iPhone de Zoë",
    ]);
    expect(names(sortDevices(pages, { ...sort, direction: "descending" }))[0]).toBe(
      "iPhone de Zoë",
    );
  });

  it("sorts the state by its shown name", () => {
    const sorted = sortDevices(pages, { column: "state", direction: "ascending" });
    expect(sorted.map(({ state }) => state)).toEqual([
      "installed",
      "failed",
      "failed",
      "unknownFutureValue",
    ]);
  });

  it("sorts check-ins by time, never-checked-in first when ascending", () => {
    const sorted = sortDevices(pages, { column: "lastCheckIn", direction: "ascending" });
    expect(names(sorted)).toEqual(["DESKTOP-7Q2", "Galaxy S24", "=cmd", "iPhone de Zoë"]);
  });
});
