import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, renderWithProviders } from "../../test/render";
import { PoolTable, VIRTUAL_FROM_ROWS } from "./PoolTable";
import type { Pool } from "./types";

const testGraph = setupTestGraph();

function pools(count: number): Pool[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `pool-${index}`,
    displayName: `Pool ${String(index).padStart(5, "0")}`,
    activationCodeCount: index,
    createdDateTime: new Date(Date.UTC(2026, 0, 1)),
    modifiedDateTime: null,
  }));
}

function renderTable(list: Pool[]) {
  return renderWithProviders(<PoolTable pools={list} />, {
    client: createTestClient(testGraph),
    route: "/table",
  });
}

/** Waits for the windowed grid, whose code downloads after the first rows stood in for it. */
const windowed = () => waitFor(() => expect(links().length).toBeLessThan(50), { timeout: 20_000 });

function Shrinking() {
  const [list, setList] = useState(() => pools(VIRTUAL_FROM_ROWS + 1));
  return (
    <>
      <button onClick={() => setList(pools(3))}>Shrink</button>
      <PoolTable pools={list} />
    </>
  );
}

const grid = () => screen.getByRole("grid", { name: "Activation code pools" });
const links = () => within(grid()).getAllByRole("link");

describe("PoolTable", () => {
  it("renders every row of a list up to the limit", () => {
    renderTable(pools(VIRTUAL_FROM_ROWS));
    expect(links()).toHaveLength(VIRTUAL_FROM_ROWS);
  });

  it("renders only the rows in view of a long list, and sorts all of them", async () => {
    const { user } = renderTable(pools(5000).reverse());
    expect(links()[0]).toHaveTextContent("Pool 00000");
    await windowed();
    expect(links()[0]).toHaveTextContent("Pool 00000");

    await user.click(screen.getByRole("button", { name: "Name" }));
    expect(links()[0]).toHaveTextContent("Pool 04999");
  }, 40_000);

  it("keeps the admin's sort when the list shrinks below the limit", async () => {
    const { user } = renderWithProviders(<Shrinking />, {
      client: createTestClient(testGraph),
      route: "/table",
    });
    await windowed();
    await user.click(screen.getByRole("button", { name: "Name" }));
    await user.click(screen.getByRole("button", { name: "Shrink" }));

    expect(links().map((link) => link.textContent)).toEqual([
      "Pool 00002",
      "Pool 00001",
      "Pool 00000",
    ]);
  }, 40_000);
});
