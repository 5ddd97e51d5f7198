import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { ChunkLoadError } from "./chunkReload";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorScreen } from "./ErrorScreen";

function Broken({ error }: { error: unknown }): never {
  throw error;
}

/** A page that fails, and a way to move to another page as the route boundary sees it. */
function Pages({ error }: { error: unknown }) {
  const [path, setPath] = useState("/pools/broken");
  return (
    <>
      <button onClick={() => setPath("/pools")}>Go to the pools</button>
      <ErrorBoundary resetKey={path} fallback={(caught) => <ErrorScreen error={caught} />}>
        {path === "/pools" ? <h1>Pools</h1> : <Broken error={error} />}
      </ErrorBoundary>
    </>
  );
}

function renderPages(error: unknown) {
  const caught: unknown[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <Pages error={error} />
    </FluentProvider>,
    // React reports a caught error here (by default on the console, which fails tests).
    { onCaughtError: (reported) => caught.push(reported) },
  );
  return caught;
}

describe("ErrorBoundary with the ErrorScreen", () => {
  it("shows a sentence, the error's name and Reload instead of a blank page", () => {
    const caught = renderPages(new TypeError("Cannot read properties of undefined"));
    expect(
      screen.getByRole("heading", { level: 1, name: "Something went wrong on this page" }),
    ).toBeVisible();
    expect(screen.getByText(/not because of anything you did/)).toBeVisible();
    expect(screen.getByText("TypeError")).toBeVisible();
    expect(screen.getByRole("button", { name: "Reload" })).toBeEnabled();
    expect(caught).toHaveLength(1);
  });

  it("says that code is missing when a page's code could not be downloaded", () => {
    renderPages(new ChunkLoadError(new TypeError("Failed to fetch dynamically imported module")));
    expect(
      screen.getByRole("heading", { level: 1, name: "This page could not be loaded" }),
    ).toBeVisible();
    expect(screen.getByText(/new version was probably published/)).toBeVisible();
    expect(screen.getByText("ChunkLoadError")).toBeVisible();
  });

  it("reloads the page from its Reload button", async () => {
    const reload = vi.fn();
    vi.stubGlobal("location", { ...window.location, reload });
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    renderPages(new Error("boom"));
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("shows the next page again once the admin moves on", async () => {
    renderPages(new Error("boom"));
    await userEvent.click(screen.getByRole("button", { name: "Go to the pools" }));
    expect(screen.getByRole("heading", { level: 1, name: "Pools" })).toBeVisible();
  });
});
