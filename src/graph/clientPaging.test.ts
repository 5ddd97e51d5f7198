import { z } from "zod";
import { MAX_PAGES, odataPage, unwrapSingleEntity } from "./client";
import { ClientErrorCode } from "./GraphError";
import { BASE_URL, json, testClient } from "./testSupport";

const item = z.object({ id: z.string() });
const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";

describe("getAll", () => {
  it("follows @odata.nextLink verbatim until it is absent", async () => {
    const page2 = `${BASE_URL}${POOLS}?$top=2&$skiptoken=RFNwdCUzRA%3D%3D`;
    const page3 = `${BASE_URL}${POOLS}?$top=2&$skip=4`;
    const { client, requests } = testClient([
      json({ value: [{ id: "1" }, { id: "2" }], "@odata.nextLink": page2 }),
      json({ value: [{ id: "3" }, { id: "4" }], "@odata.nextLink": page3 }),
      json({ "@odata.context": "ctx", value: [{ id: "5" }] }),
    ]);

    const items = await client.getAll(`${POOLS}?$top=2`, item);

    expect(items.map(({ id }) => id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(requests.map(({ url }) => url)).toEqual([`${BASE_URL}${POOLS}?$top=2`, page2, page3]);
    expect(new Set(requests.map(({ headers }) => headers.get("client-request-id"))).size).toBe(3);
  });

  it("retries a throttled page and keeps what was read", async () => {
    const next = `${BASE_URL}${POOLS}?$skiptoken=a`;
    const { client, requests } = testClient([
      json({ value: [{ id: "1" }], "@odata.nextLink": next }),
      json({}, 429, { "Retry-After": "1" }),
      json({ value: [{ id: "2" }] }),
    ]);
    await expect(client.getAll(POOLS, item)).resolves.toEqual([{ id: "1" }, { id: "2" }]);
    expect(requests.map(({ url }) => url)).toEqual([`${BASE_URL}${POOLS}`, next, next]);
  });

  it("rejects a page with a bad item as UnexpectedResponse", async () => {
    const { client } = testClient([json({ value: [{ id: 1 }] }, 200, { "request-id": "r" })]);
    await expect(client.getAll(POOLS, item)).rejects.toMatchObject({
      code: ClientErrorCode.UnexpectedResponse,
      requestId: "r",
    });
  });

  it("stops when a nextLink points at the page just read", async () => {
    const self = `${BASE_URL}${POOLS}`;
    const { client } = testClient([json({ value: [], "@odata.nextLink": self })]);
    await expect(client.getAll(POOLS, item)).rejects.toMatchObject({
      code: ClientErrorCode.UnexpectedResponse,
    });
  });

  it(`stops after ${MAX_PAGES} pages`, async () => {
    const pages = Array.from({ length: MAX_PAGES + 1 }, (_, index) =>
      json({ value: [], "@odata.nextLink": `${BASE_URL}${POOLS}?$skip=${index + 1}` }),
    );
    const { client, requests } = testClient(pages);
    await expect(client.getAll(POOLS, item)).rejects.toMatchObject({
      code: ClientErrorCode.UnexpectedResponse,
    });
    expect(requests).toHaveLength(MAX_PAGES);
  });
});

describe("pages", () => {
  const page2 = `${BASE_URL}${POOLS}?$skiptoken=two`;
  const page3 = `${BASE_URL}${POOLS}?$skiptoken=three`;
  const threePages = () => [
    json({ value: [{ id: "1" }], "@odata.nextLink": page2 }),
    json({ value: [{ id: "2" }], "@odata.nextLink": page3 }),
    json({ value: [{ id: "3" }] }),
  ];

  it("asks for the next page only when the consumer wants it", async () => {
    const { client, requests } = testClient(threePages());
    const pages = client.pages(POOLS, item)[Symbol.asyncIterator]();

    expect(requests).toHaveLength(0);
    expect((await pages.next()).value).toEqual({
      items: [{ id: "1" }],
      url: `${BASE_URL}${POOLS}`,
      nextUrl: page2,
    });
    expect(requests).toHaveLength(1);
    expect((await pages.next()).value).toMatchObject({ items: [{ id: "2" }], nextUrl: page3 });
    expect(requests).toHaveLength(2);
  });

  it("reads nothing more once the consumer stops", async () => {
    const { client, requests } = testClient(threePages());
    for await (const page of client.pages(POOLS, item)) {
      if (page.items[0]?.id === "2") break;
    }
    expect(requests.map(({ url }) => url)).toEqual([`${BASE_URL}${POOLS}`, page2]);
  });

  it("continues from a page's url", async () => {
    const { client, requests } = testClient(threePages().slice(1));
    const ids = [];
    for await (const page of client.pages(page2, item)) ids.push(...page.items.map(({ id }) => id));
    expect(ids).toEqual(["2", "3"]);
    expect(requests.map(({ url }) => url)).toEqual([page2, page3]);
  });

  it("does not read a page past the limit getAll keeps", async () => {
    const endless = Array.from({ length: MAX_PAGES + 2 }, (_, index) =>
      json({ value: [{ id: String(index) }], "@odata.nextLink": `${page2}&n=${index}` }),
    );
    const { client } = testClient(endless);
    let count = 0;
    for await (const _page of client.pages(POOLS, item)) if (++count > MAX_PAGES) break;
    expect(count).toBe(MAX_PAGES + 1);
  });

  it("refuses a next link to another host before anything is sent there", async () => {
    const { client, requests } = testClient([
      json({ value: [{ id: "1" }], "@odata.nextLink": "https://evil.example/beta/x" }),
    ]);
    const pages = client.pages(POOLS, item)[Symbol.asyncIterator]();
    await expect(pages.next()).rejects.toMatchObject({ code: ClientErrorCode.UntrustedUrl });
    expect(requests).toHaveLength(1);
  });
});

describe("unwrapSingleEntity", () => {
  it("unwraps { value: {…} }, ignoring annotations", () => {
    expect(unwrapSingleEntity({ "@odata.context": "c", value: { id: "p" } })).toEqual({ id: "p" });
  });

  it.each([
    ["a collection", { value: [{ id: "p" }] }],
    ["an entity with other properties", { id: "x", value: { id: "p" } }],
    ["a scalar value", { value: "text" }],
    ["a null value", { value: null }],
    ["no body", undefined],
  ])("leaves %s alone", (_, body) => {
    expect(unwrapSingleEntity(body)).toBe(body);
  });
});

describe("odataPage", () => {
  it("reads items and the next link", () => {
    const page = odataPage(z.object({ id: z.string() }));
    expect(page.parse({ value: [{ id: "a" }], "@odata.nextLink": "n", "@odata.count": 1 })).toEqual(
      { value: [{ id: "a" }], "@odata.nextLink": "n" },
    );
    expect(page.safeParse({ value: {} }).success).toBe(false);
  });
});
