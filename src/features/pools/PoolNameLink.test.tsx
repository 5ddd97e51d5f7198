import { act, screen, waitFor } from "@testing-library/react";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, recordGraphRequests, renderWithProviders } from "../../test/render";
import { HOVER_INTENT_MS } from "./PoolNameLink";
import { PoolList } from "./PoolList";
import { PoolPagePreload } from "./poolPagePreload";

const testGraph = setupTestGraph();

const poolId = seedIds.poolWithAssignments;
const poolName = () => testGraph.store.getPool(poolId)?.displayName ?? "";

/** The list on a page of its own, with a stand-in for the pool page's code download. */
async function renderList() {
  const recorder = recordGraphRequests(testGraph);
  const preloadPage = vi.fn();
  const rendered = renderWithProviders(
    <PoolPagePreload value={preloadPage}>
      <PoolList />
    </PoolPagePreload>,
    { client: createTestClient(testGraph), route: "/list" },
  );
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^60 pools$/));
  return {
    ...rendered,
    preloadPage,
    link: screen.getByRole("link", { name: poolName() }),
    poolReads: () => recorder.count("GET", `/embeddedSIMActivationCodePools/${poolId}`),
    /** The pool reads that brought its assignments along. */
    expandedPoolReads: () =>
      recorder.requests.filter(
        ({ method, pathname, request }) =>
          method === "GET" &&
          pathname.endsWith(`/embeddedSIMActivationCodePools/${poolId}`) &&
          new URL(request.url).searchParams.get("$expand") === "assignments",
      ).length,
    assignmentReads: () => recorder.count("GET", `/${poolId}/assignments`),
  };
}

const longerThanHoverIntent = () =>
  act(() => new Promise((resolve) => setTimeout(resolve, HOVER_INTENT_MS * 3)));

describe("PoolNameLink", () => {
  it("hovering a pool's link loads its page's code, and the pool with its assignments in one request; the opened page reads neither again", async () => {
    const { user, link, preloadPage, poolReads, expandedPoolReads, assignmentReads } =
      await renderList();

    await user.hover(link);
    await waitFor(() => expect(poolReads()).toBe(1));
    expect(expandedPoolReads()).toBe(1);
    expect(assignmentReads()).toBe(0);
    expect(preloadPage).toHaveBeenCalledTimes(1);

    // Pointing at it again: the pool and its assignments are cached and fresh.
    await user.unhover(link);
    await user.hover(link);
    await longerThanHoverIntent();
    expect(poolReads()).toBe(1);

    await user.click(link);
    expect(await screen.findByRole("heading", { level: 1, name: poolName() })).toBeVisible();
    expect(await screen.findByRole("heading", { name: "Properties" })).toBeVisible();
    expect(poolReads()).toBe(1);
    expect(assignmentReads()).toBe(0);
  });

  it("loads nothing for a pointer that only passes over a link", async () => {
    const { user, link, preloadPage, poolReads, assignmentReads } = await renderList();
    await user.hover(link);
    await user.unhover(link);
    await longerThanHoverIntent();
    expect(preloadPage).not.toHaveBeenCalled();
    expect(poolReads()).toBe(0);
    expect(assignmentReads()).toBe(0);
  });

  it("focusing a pool's link (as Tab or the arrow keys do) starts loading its page at once", async () => {
    const { link, preloadPage, expandedPoolReads, assignmentReads } = await renderList();
    act(() => link.focus());
    expect(preloadPage).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(expandedPoolReads()).toBe(1));
    expect(assignmentReads()).toBe(0);
  });
});
