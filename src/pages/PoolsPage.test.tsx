import { screen, waitFor, within } from "@testing-library/react";
import { Link } from "react-router";
import { setupTestGraph } from "../mocks/testGraph";
import { createTestClient, recordGraphRequests, renderWithProviders } from "../test/render";

const testGraph = setupTestGraph();

function renderPools() {
  return renderWithProviders(null, { client: createTestClient(testGraph), route: "/pools" });
}

const dataRows = () => screen.getAllByRole("row").slice(1);
const poolLinks = () => within(screen.getByRole("grid")).getAllByRole("link");

describe("PoolsPage", () => {
  it("shows skeletons while loading, then every pool across all pages with a count", async () => {
    const recorder = recordGraphRequests(testGraph);
    renderPools();
    expect(screen.getByRole("heading", { level: 1, name: "Activation code pools" })).toBeVisible();
    expect(screen.getByRole("progressbar", { name: "Loading pools" })).toBeInTheDocument();

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("60 pools"));
    expect(dataRows()).toHaveLength(60);
    expect(recorder.count("GET", "/embeddedSIMActivationCodePools")).toBe(3);

    const last = testGraph.store.listPools().at(-1);
    const link = screen.getByRole("link", { name: last?.displayName });
    expect(link).toHaveAttribute("href", `/pools/${last?.id}`);
  });

  it("sorts by name, and the other way round on a header click", async () => {
    const { user } = renderPools();
    await screen.findByRole("grid");
    // The grid shows with the first page; these need every pool.
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^60 pools$/));
    const names = testGraph.store
      .listPools()
      .map((pool) => pool.displayName)
      .sort((a, b) => a.localeCompare(b));
    expect(poolLinks()[0]).toHaveTextContent(names[0] ?? "");

    await user.click(screen.getByRole("button", { name: "Name" }));
    expect(poolLinks()[0]).toHaveTextContent(names.at(-1) ?? "");
  });

  it("filters by name as you type, and says when nothing matches", async () => {
    const { user } = renderPools();
    await screen.findByRole("grid");
    // The grid shows with the first page; these need every pool.
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^60 pools$/));
    const filter = screen.getByRole("searchbox", { name: "Filter by name" });
    const expected = testGraph.store
      .listPools()
      .filter((pool) => pool.displayName.toLowerCase().includes("contoso"));

    await user.type(filter, "contoso");
    expect(screen.getByRole("status")).toHaveTextContent(`${expected.length} of 60 pools`);
    expect(poolLinks()).toHaveLength(expected.length);

    await user.type(filter, " nowhere");
    expect(screen.getByRole("status")).toHaveTextContent("0 of 60 pools");
    expect(screen.getByRole("heading", { name: /No pools match/ })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Clear filter" }));
    expect(filter).toHaveValue("");
    expect(dataRows()).toHaveLength(60);
  });

  it("counts the filtered rows from the first update on, never the new filter over every pool", async () => {
    const { user } = renderPools();
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^60 pools$/));
    const status = screen.getByRole("status");
    const shown: string[] = [];
    // Every text the status held, even one replaced before the observer's callback ran.
    const observer = new MutationObserver((records) =>
      records.forEach((record) => {
        if (record.oldValue !== null) shown.push(record.oldValue);
        record.addedNodes.forEach((node) => shown.push(node.textContent ?? ""));
      }),
    );
    observer.observe(status, {
      childList: true,
      characterData: true,
      characterDataOldValue: true,
      subtree: true,
    });
    const expected = testGraph.store
      .listPools()
      .filter((pool) => pool.displayName.toLowerCase().includes("c")).length;

    await user.type(screen.getByRole("searchbox", { name: "Filter by name" }), "c");
    await waitFor(() => expect(status).toHaveTextContent(`${expected} of 60 pools`));
    observer.disconnect();
    expect(shown).not.toContain("60 of 60 pools");
  });

  it("empties the filter box when a link to the pools clears ?q=, as the header's Pools link does", async () => {
    const { user } = renderWithProviders(null, {
      client: createTestClient(testGraph),
      route: "/pools?q=contoso",
      above: <Link to="/pools">Pools</Link>,
    });
    const filter = await screen.findByRole("searchbox", { name: "Filter by name" });
    expect(filter).toHaveValue("contoso");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/ of 60 pools$/));

    await user.click(screen.getByRole("link", { name: "Pools" }));
    expect(filter).toHaveValue("");
    expect(screen.getByRole("status")).toHaveTextContent(/^60 pools$/);
  });

  it("says when the tenant has no pools at all", async () => {
    testGraph.store.seed({ pools: [] });
    renderPools();
    expect(
      await screen.findByRole("heading", { name: "No activation code pools yet" }),
    ).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("0 pools");
    expect(screen.getByRole("button", { name: "Refresh" })).toBeEnabled();
  });

  it("shows the error with its request id, and Try again loads the list", async () => {
    testGraph.faults.add({ method: "GET", path: "/embeddedSIMActivationCodePools", status: 403 });
    const requestIds: string[] = [];
    testGraph.server.events.on("response:mocked", ({ response }) => {
      requestIds.push(response.headers.get("request-id") ?? "");
    });
    const { user } = renderPools();

    const bar = await screen.findByRole("group", { name: "The pools could not be loaded" });
    testGraph.server.events.removeAllListeners("response:mocked");
    expect(bar).toHaveTextContent(/DeviceManagementConfiguration\.Read\.All/);
    expect(within(bar).getByText("403")).toBeInTheDocument();
    expect(within(bar).getByText("Forbidden")).toBeInTheDocument();
    expect(requestIds[0]).toBeTruthy();
    expect(within(bar).getByText(requestIds[0] ?? "")).toBeInTheDocument();

    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("60 pools"));
    expect(screen.queryByRole("group", { name: "The pools could not be loaded" })).toBeNull();
  });

  it("opens a pool from its name link", async () => {
    const { user } = renderPools();
    await screen.findByRole("grid");
    const first = poolLinks()[0];
    const name = first?.textContent ?? "";
    await user.click(first!);
    expect(await screen.findByRole("heading", { level: 1, name })).toBeVisible();
  });
});
