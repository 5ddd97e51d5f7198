import { screen, waitFor, within } from "@testing-library/react";
import { http } from "msw";
import { Link } from "react-router";
import { onTestFinished } from "vitest";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, recordGraphRequests, renderWithProviders } from "../../test/render";
import { poolQueries } from "./poolQueries";

const testGraph = setupTestGraph();

// The fake Graph lists its 60 pools in pages of 25, 25 and 10.
const listPath = "/embeddedSIMActivationCodePools";

/**
 * Holds back every page after the first (a request with a $skiptoken) until released; the first
 * page answers at once. Then the fake Graph answers as usual.
 */
function holdLaterPages(): () => void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  testGraph.server.use(
    http.get(`${testGraph.baseUrl}/deviceManagement${listPath}`, async ({ request }) => {
      if (new URL(request.url).searchParams.has("$skiptoken")) await released;
    }),
  );
  onTestFinished(release);
  return release;
}

function renderPools() {
  return renderWithProviders(null, {
    client: createTestClient(testGraph),
    route: "/pools",
    above: (
      <nav>
        <Link to="/pools">Pools</Link> <Link to="/elsewhere">Elsewhere</Link>
      </nav>
    ),
  });
}

const count = () => screen.getByRole("status");
const poolNames = () =>
  within(screen.getByRole("grid"))
    .getAllByRole("link")
    .map((link) => link.textContent);
const firstPageNames = () =>
  testGraph.store
    .listPools()
    .slice(0, 25)
    .map((pool) => pool.displayName);
const allPoolsCounted = () =>
  waitFor(() => expect(count()).toHaveTextContent(/^60 pools$/), { timeout: 5_000 });

describe("PoolList, while pages arrive", () => {
  it("shows the first page while the next is held back, sorted and filtered, and says it is still counting", async () => {
    const release = holdLaterPages();
    const { user } = renderPools();

    await waitFor(() => expect(count()).toHaveTextContent(/^25 pools so far, still counting…$/));
    const sorted = firstPageNames().sort((a, b) => a.localeCompare(b));
    expect(poolNames()).toEqual(sorted);

    await user.type(screen.getByRole("searchbox", { name: "Filter by name" }), "contoso");
    const matching = sorted.filter((name) => name.toLowerCase().includes("contoso"));
    expect(matching.length).toBeGreaterThan(0);
    await waitFor(() => expect(poolNames()).toEqual(matching));
    expect(count()).toHaveTextContent(
      new RegExp(`^${matching.length} of 25 pools so far, still counting…$`),
    );

    await user.clear(screen.getByRole("searchbox", { name: "Filter by name" }));
    release();
    await allPoolsCounted();
    expect(poolNames()).toHaveLength(60);
  });

  it("keeps the pages read when a later one fails, never counts them as all, and Try again adds the rest once", async () => {
    testGraph.faults.add({ method: "GET", path: listPath, status: 500, pass: 1 });
    const { user } = renderPools();

    const bar = await screen.findByRole("group", { name: "The pools could not be loaded" });
    expect(count()).toHaveTextContent(/^25 pools loaded, the rest could not be loaded$/);
    expect(poolNames()).toHaveLength(25);

    const release = holdLaterPages();
    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    // The first page, read again, replaces itself: still 25 rows while the second is held back.
    await waitFor(() => expect(count()).toHaveTextContent(/^25 pools so far, still counting…$/));
    expect(poolNames()).toHaveLength(25);
    expect(screen.queryByRole("group", { name: "The pools could not be loaded" })).toBeNull();

    release();
    await allPoolsCounted();
    const names = poolNames();
    expect(names).toHaveLength(60);
    expect(new Set(names).size).toBe(60);
  });

  it("finishes a list the admin left while it loaded, and never counts the part read as all", async () => {
    const release = holdLaterPages();
    const { user } = renderPools();
    await waitFor(() => expect(count()).toHaveTextContent(/^25 pools so far/));

    await user.click(screen.getByRole("link", { name: "Elsewhere" }));
    expect(screen.queryByRole("grid")).toBeNull();
    await user.click(screen.getByRole("link", { name: "Pools" }));

    expect(count()).toHaveTextContent(/^25 pools so far, still counting…$/);
    expect(poolNames()).toHaveLength(25);
    release();
    await allPoolsCounted();
    expect(poolNames()).toHaveLength(60);
  });

  it("refreshes a complete list without blanking it, and drops a pool deleted meanwhile once every page is in", async () => {
    const recorder = recordGraphRequests(testGraph);
    const { queryClient } = renderPools();
    await allPoolsCounted();
    const deleted = testGraph.store.listPools().at(-1);
    testGraph.store.deletePool(deleted?.id ?? "");

    const release = holdLaterPages();
    void queryClient.invalidateQueries({ queryKey: poolQueries.all() });
    // The refresh's first page is in and its second held back: the complete list stays as it was.
    await waitFor(() => expect(recorder.count("GET", listPath)).toBe(5));
    expect(poolNames()).toHaveLength(60);
    expect(count()).toHaveTextContent(/^60 pools$/);

    release();
    await waitFor(() => expect(count()).toHaveTextContent(/^59 pools$/));
    expect(poolNames()).not.toContain(deleted?.displayName);
  });
});
