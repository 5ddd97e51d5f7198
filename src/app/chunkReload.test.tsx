import { render, screen } from "@testing-library/react";
import { Suspense, type ComponentType } from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import { ChunkLoadError, lazyPage, reloadOnceForMissingCode } from "./chunkReload";

const missingChunk = () =>
  new TypeError("Failed to fetch dynamically imported module: /assets/PoolPage-abc.js");

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

function renderLazy(Page: ComponentType) {
  const caught: unknown[] = [];
  render(
    <ErrorBoundary fallback={(error) => <p>Caught {error instanceof Error ? error.name : "?"}</p>}>
      <Suspense fallback={<p>Loading…</p>}>
        <Page />
      </Suspense>
    </ErrorBoundary>,
    { onCaughtError: (error) => caught.push(error) },
  );
  return caught;
}

describe("reloadOnceForMissingCode", () => {
  it("reloads once, then not again within a minute, then again later", () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    expect(reloadOnceForMissingCode({ storage, reload, now: 1_000 })).toBe(true);
    expect(reloadOnceForMissingCode({ storage, reload, now: 30_000 })).toBe(false);
    expect(reloadOnceForMissingCode({ storage, reload, now: 62_000 })).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it("does not reload when the browser refuses storage (it could not tell a second time)", () => {
    const reload = vi.fn();
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => undefined,
    };
    expect(reloadOnceForMissingCode({ storage, reload })).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe("lazyPage", () => {
  it("reloads the page by itself when a page's code is missing, and shows nothing meanwhile", async () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    const Page = lazyPage(() => Promise.reject(missingChunk()), { storage, reload });
    renderLazy(Page);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(screen.getByText("Loading…")).toBeInTheDocument();
  });

  it("shows the error screen when the code is still missing after that reload", async () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    reloadOnceForMissingCode({ storage, reload, now: Date.now() });
    reload.mockClear();
    const Page = lazyPage(() => Promise.reject(missingChunk()), { storage, reload });
    const caught = renderLazy(Page);
    expect(await screen.findByText("Caught ChunkLoadError")).toBeVisible();
    expect(reload).not.toHaveBeenCalled();
    expect(caught[0]).toBeInstanceOf(ChunkLoadError);
  });

  it("forgets the reload once code loads again, so a later redeploy may reload once more", async () => {
    const storage = memoryStorage();
    reloadOnceForMissingCode({ storage, reload: () => undefined, now: Date.now() });
    const Page = lazyPage(() => Promise.resolve(() => <h1>Pool</h1>), { storage });
    renderLazy(Page);
    expect(await screen.findByRole("heading", { name: "Pool" })).toBeVisible();
    expect(storage.items.size).toBe(0);
  });

  it("leaves other failures to the error boundary without reloading", async () => {
    const reload = vi.fn();
    const Page = lazyPage(() => Promise.reject(new SyntaxError("Unexpected token")), {
      storage: memoryStorage(),
      reload,
    });
    renderLazy(Page);
    expect(await screen.findByText("Caught SyntaxError")).toBeVisible();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe("lazyPage(…).preload", () => {
  it("downloads the page's code once, and the page shown later uses that download", async () => {
    const load = vi.fn(() => Promise.resolve(() => <h1>Pool</h1>));
    const Page = lazyPage(load, { storage: memoryStorage() });
    Page.preload();
    Page.preload();
    renderLazy(Page);
    expect(await screen.findByRole("heading", { name: "Pool" })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not reload the page when a preload finds the code missing; showing the page tries again", async () => {
    const reload = vi.fn();
    const load = vi
      .fn<() => Promise<ComponentType>>()
      .mockRejectedValueOnce(missingChunk())
      .mockResolvedValue(() => <h1>Pool</h1>);
    const Page = lazyPage(load, { storage: memoryStorage(), reload });
    Page.preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(reload).not.toHaveBeenCalled();

    renderLazy(Page);
    expect(await screen.findByRole("heading", { name: "Pool" })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
    expect(reload).not.toHaveBeenCalled();
  });
});
