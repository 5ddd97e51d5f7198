import type { GraphPage } from "./clientTypes";
import { createPagedLoad, type PagedLoad } from "./pagedLoad";

/** A fake paged list: page N lives at "page-N"; each request waits until the test answers it. */
function fakeList(pageCount: number, { honoursAbort = true } = {}) {
  const requests: { url: string; signal: AbortSignal; answer: (outcome?: Error) => void }[] = [];
  const pageAt = (url: string): GraphPage<string> => {
    const index = Number(url.replace("page-", ""));
    const nextUrl = index < pageCount ? `page-${index + 1}` : undefined;
    return { items: [`item-${index}a`, `item-${index}b`], url, nextUrl };
  };
  async function* readPages(fromUrl: string, signal: AbortSignal) {
    let url: string | undefined = fromUrl;
    while (url !== undefined) {
      const requested: string = url;
      await new Promise<void>((resolve, reject) => {
        if (honoursAbort) {
          signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }
        requests.push({
          url: requested,
          signal,
          answer: (error) => (error ? reject(error) : resolve()),
        });
      });
      const page = pageAt(requested);
      yield page;
      url = page.nextUrl;
    }
  }
  return { readPages, requests };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function answerNext(list: ReturnType<typeof fakeList>, error?: Error) {
  await settle();
  const request = list.requests.at(-1);
  if (!request) throw new Error("No request is waiting.");
  request.answer(error);
  await settle();
}

const items = <T>(load: PagedLoad<T>) => load.getSnapshot().pages.flat();

describe("createPagedLoad", () => {
  it("reads nothing until started", async () => {
    const list = fakeList(3);
    const load = createPagedLoad("page-1", list.readPages);
    await settle();
    expect(list.requests).toHaveLength(0);
    expect(load.getSnapshot()).toMatchObject({ status: "idle", count: 0 });
  });

  it("shows each page as it arrives, then completes", async () => {
    const list = fakeList(3);
    const load = createPagedLoad("page-1", list.readPages);
    const seen: number[] = [];
    load.subscribe(() => seen.push(load.getSnapshot().count));

    load.start();
    await answerNext(list);
    expect(load.getSnapshot()).toMatchObject({ status: "loading", count: 2 });
    expect(items(load)).toEqual(["item-1a", "item-1b"]);

    await answerNext(list);
    await answerNext(list);
    expect(load.getSnapshot()).toMatchObject({ status: "complete", count: 6 });
    expect(seen).toEqual([0, 2, 4, 6, 6]);
  });

  it("keeps what was read when a page fails, and continues from that page", async () => {
    const list = fakeList(3);
    const load = createPagedLoad("page-1", list.readPages);
    load.start();
    await answerNext(list);
    await answerNext(list);
    const failure = new Error("503");
    await answerNext(list, failure);

    expect(load.getSnapshot()).toMatchObject({ status: "failed", count: 4, error: failure });

    load.start();
    expect(load.getSnapshot()).toMatchObject({ status: "loading", error: undefined });
    await answerNext(list);
    expect(list.requests.map(({ url }) => url)).toEqual(["page-1", "page-2", "page-3", "page-3"]);
    expect(items(load)).toEqual(["item-1a", "item-1b", "item-2a", "item-2b", "item-3a", "item-3b"]);
    expect(load.getSnapshot().status).toBe("complete");
  });

  it("cancels the page in flight on stop, and continues with that page on start", async () => {
    const list = fakeList(3);
    const load = createPagedLoad("page-1", list.readPages);
    load.start();
    await answerNext(list);
    await settle();

    load.stop();
    expect(list.requests[1]?.signal.aborted).toBe(true);
    await settle();
    expect(load.getSnapshot()).toMatchObject({ status: "stopped", count: 2 });

    load.start();
    await answerNext(list);
    await answerNext(list);
    expect(list.requests.map(({ url }) => url)).toEqual(["page-1", "page-2", "page-2", "page-3"]);
    expect(load.getSnapshot()).toMatchObject({ status: "complete", count: 6 });
  });

  it("ignores a page that arrives after a stop", async () => {
    // A reader that misses the abort: its late page must not land twice.
    const list = fakeList(2, { honoursAbort: false });
    const load = createPagedLoad("page-1", list.readPages);
    load.start();
    await settle();
    const first = list.requests[0];
    load.stop();
    load.start();
    first?.answer();
    await answerNext(list);
    expect(items(load)).toEqual(["item-1a", "item-1b"]);
  });

  it("does nothing on start while loading or once complete", async () => {
    const list = fakeList(1);
    const load = createPagedLoad("page-1", list.readPages);
    load.start();
    load.start();
    await answerNext(list);
    load.start();
    await settle();
    expect(list.requests).toHaveLength(1);
  });

  it("reads everything again on reload", async () => {
    const list = fakeList(2);
    const load = createPagedLoad("page-1", list.readPages);
    load.start();
    await answerNext(list);
    await settle();
    load.reload();
    expect(load.getSnapshot()).toMatchObject({ status: "loading", count: 0 });
    await answerNext(list);
    await answerNext(list);
    expect(list.requests.map(({ url }) => url)).toEqual(["page-1", "page-2", "page-1", "page-2"]);
    expect(list.requests[1]?.signal.aborted).toBe(true);
    expect(load.getSnapshot()).toMatchObject({ status: "complete", count: 4 });
  });
});
