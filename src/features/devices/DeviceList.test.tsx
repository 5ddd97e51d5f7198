import { screen, waitFor, within } from "@testing-library/react";
import { ODD_DEVICE_NAMES } from "../../mocks/seedDeviceContent";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { recordGraphRequests, renderPoolSection } from "../../test/render";

let pageSize = 500;
const testGraph = setupTestGraph({ deviceStatePageSize: () => pageSize });
afterEach(() => {
  pageSize = 500;
});

const devicesOf = (poolId: string, query = "") => `${poolId}/devices${query}`;
// The first test of the file also loads the section's code.
const grid = () => screen.findByRole("grid", { name: "Devices" }, { timeout: 5_000 });
/** The device name in each body row, in order. */
const shownDevices = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("gridcell")[0]?.textContent);
const chip = (name: RegExp) => screen.getByRole("button", { name });

describe("DeviceList", () => {
  it("lists every device with its state in words, an unknown state as Graph sent it", async () => {
    renderPoolSection(testGraph, devicesOf(seedIds.smallPool));
    const table = await grid();
    await waitFor(() => expect(shownDevices(table)).toHaveLength(12));
    expect(within(table).getByText(ODD_DEVICE_NAMES.formula)).toBeVisible();
    expect(within(table).getAllByText("Removed by user")).toHaveLength(1);
    expect(within(table).getByText("unknownFutureValue")).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("12 devices");
  });

  it("filters by several states from chips that show their counts", async () => {
    const { user } = renderPoolSection(testGraph, devicesOf(seedIds.smallPool));
    await waitFor(() => expect(chip(/^Failed 2$/)).toBeVisible(), { timeout: 5_000 });
    await user.click(chip(/^Failed/));
    await user.click(chip(/^Error/));

    expect(chip(/^Failed/)).toHaveAttribute("aria-pressed", "true");
    const table = await grid();
    expect(shownDevices(table)).toEqual([
      ODD_DEVICE_NAMES.comma,
      ODD_DEVICE_NAMES.quotes,
      ODD_DEVICE_NAMES.plus,
    ]);
    expect(screen.getByRole("status")).toHaveTextContent("3 of 12 devices");
  });

  it("reads the filter and search from the URL", async () => {
    renderPoolSection(testGraph, devicesOf(seedIds.smallPool, "?status=installed&q=zoe"));
    const table = await grid();
    await waitFor(() => expect(shownDevices(table)).toEqual(["iPhone de Zoë"]));
    expect(chip(/^Active/)).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("searchbox", { name: "Search by device or user" })).toHaveValue("zoe");
  });

  it("searches device and user names as you type, ignoring diacritics", async () => {
    const { user } = renderPoolSection(testGraph, devicesOf(seedIds.smallPool));
    await waitFor(async () => expect(shownDevices(await grid())).toHaveLength(12));
    await user.type(screen.getByRole("searchbox", { name: "Search by device or user" }), "bjorn");
    await waitFor(async () =>
      expect(shownDevices(await grid())).toEqual([ODD_DEVICE_NAMES.comma, "LAPTOP-K3V9X2QD"]),
    );
    // The chips count what the search matches.
    expect(chip(/^Failed/)).toHaveTextContent("Failed 1");
  });

  it("sorts by a column from its header, both ways", async () => {
    const { user } = renderPoolSection(testGraph, devicesOf(seedIds.smallPool));
    const table = await grid();
    await waitFor(() => expect(shownDevices(table)).toHaveLength(12));
    const header = within(table).getByRole("columnheader", { name: "Device" });

    await user.click(within(header).getByRole("button"));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    const ascending = shownDevices(table);
    expect(ascending[0]).toBe(ODD_DEVICE_NAMES.plus);
    await user.click(within(header).getByRole("button"));
    expect(header).toHaveAttribute("aria-sort", "descending");
    expect(shownDevices(table)).toEqual([...ascending].reverse());
  });

  it("reads every device again on Refresh", async () => {
    const { user } = renderPoolSection(testGraph, devicesOf(seedIds.smallPool));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("12 devices"));
    testGraph.store.seed({
      pools: [
        {
          id: seedIds.smallPool,
          displayName: "Refreshed",
          deviceStates: [{ state: "installed", deviceName: "Only one now" }],
        },
      ],
    });

    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 device"));
    expect(shownDevices(await grid())).toEqual(["Only one now"]);
  });

  it("says why a pool without devices shows none", async () => {
    renderPoolSection(testGraph, devicesOf(seedIds.emptyPool));
    expect(
      await screen.findByRole("heading", { name: "No device has checked in for this pool yet" }),
    ).toBeVisible();
  });

  it("keeps the pages read when one fails, and Try again continues from that page", async () => {
    pageSize = 5;
    testGraph.faults.add({ method: "GET", path: "/deviceStates", status: 500, pass: 1 });
    const recorder = recordGraphRequests(testGraph);
    const { user } = renderPoolSection(testGraph, devicesOf(seedIds.smallPool));

    const failure = await screen.findByText("Not every device could be loaded");
    const bar = failure.closest<HTMLElement>("[role=group]") ?? document.body;
    expect(within(bar).getByText(/5 devices loaded; the rest are missing/)).toBeVisible();
    expect(within(bar).getByText("Request id")).toBeVisible();
    expect(shownDevices(await grid())).toHaveLength(5);

    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    await waitFor(async () => expect(shownDevices(await grid())).toHaveLength(12));
    const pages = recorder.requests
      .filter(({ pathname }) => pathname.endsWith("/deviceStates"))
      .map(({ request }) => new URL(request.url).searchParams.get("$skiptoken"));
    expect(pages).toEqual([null, pages[1], pages[1], pages[3]]);
    expect(pages[1]).not.toBeNull();
  });

  it("keeps focus on a cell while later pages arrive", async () => {
    pageSize = 5;
    testGraph.faults.add({ method: "GET", path: "/deviceStates", delayMs: 1_000, pass: 1 });
    const { user } = renderPoolSection(testGraph, devicesOf(seedIds.smallPool));
    const table = await grid();
    await waitFor(() => expect(shownDevices(table)).toHaveLength(5));
    const cell = within(table).getAllByRole("gridcell")[0]!;
    await user.click(cell);
    expect(cell).toHaveFocus();

    await waitFor(() => expect(shownDevices(table)).toHaveLength(12), { timeout: 5_000 });
    expect(cell).toHaveFocus();
  });

  it("stops reading pages when the admin leaves the pool", async () => {
    pageSize = 1;
    testGraph.faults.add({ method: "GET", path: "/deviceStates", delayMs: 300, pass: 1 });
    const recorder = recordGraphRequests(testGraph);
    const { user } = renderPoolSection(testGraph, devicesOf(seedIds.smallPool));
    await waitFor(() => expect(recorder.count("GET", "/deviceStates")).toBe(2));

    await user.click(screen.getByRole("link", { name: "Back to pools" }));
    await screen.findByRole("heading", { level: 1, name: "Activation code pools" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder.count("GET", "/deviceStates")).toBe(2);
  });
});
