import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy, Suspense, useRef } from "react";
import { Link, MemoryRouter, Route, Routes } from "react-router";
import { useHeadingFocusOnNavigation } from "./useHeadingFocusOnNavigation";

let finishLoading: () => void = () => undefined;
const SlowPage = lazy(
  () =>
    new Promise<{ default: () => React.JSX.Element }>((resolve) => {
      finishLoading = () => resolve({ default: () => <h1>Slow page</h1> });
    }),
);

function Shell() {
  const main = useRef<HTMLElement>(null);
  useHeadingFocusOnNavigation(main);
  return (
    <>
      <nav>
        <Link to="/pools">Pools</Link> <Link to="/pools?q=contoso">Filtered</Link>{" "}
        <Link to="/slow">Slow</Link>
      </nav>
      <main ref={main}>
        <Suspense fallback={<p>Loading…</p>}>
          <Routes>
            <Route path="/" element={<h1>Home</h1>} />
            <Route path="/pools" element={<h1>Pools page</h1>} />
            <Route path="/slow" element={<SlowPage />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}

function renderShell() {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={["/"]}>
      <Shell />
    </MemoryRouter>,
  );
  return user;
}

describe("useHeadingFocusOnNavigation", () => {
  it("leaves focus alone on the first page", () => {
    renderShell();
    expect(screen.getByRole("heading", { name: "Home" })).not.toHaveFocus();
  });

  it("moves focus to the new page's heading after a navigation", async () => {
    const user = renderShell();
    await user.click(screen.getByRole("link", { name: "Pools" }));
    expect(screen.getByRole("heading", { name: "Pools page" })).toHaveFocus();
  });

  it("does not move focus when only the query changes", async () => {
    const user = renderShell();
    await user.click(screen.getByRole("link", { name: "Pools" }));
    const filtered = screen.getByRole("link", { name: "Filtered" });
    await user.click(filtered);
    expect(filtered).toHaveFocus();
  });

  it("focuses the heading of a page whose code arrives later", async () => {
    const user = renderShell();
    await user.click(screen.getByRole("link", { name: "Slow" }));
    finishLoading();
    expect(await screen.findByRole("heading", { name: "Slow page" })).toHaveFocus();
  });
});
