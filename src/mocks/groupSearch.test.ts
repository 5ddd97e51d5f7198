import { SEARCH_NEEDS_HEADER_MESSAGE } from "./groupQueryOptions";
import { parseSearch } from "./groupSearch";
import { seedGroups, seedIds } from "./seedData";
import { callGraph, setupTestGraph, type CallGraphInit } from "./testGraph";

const graph = setupTestGraph();

interface GroupPage {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  value: Record<string, unknown>[];
}
interface GraphErrorBody {
  error: { code: string; message: string };
}

const EVENTUAL = { ConsistencyLevel: "eventual" };

/** As the client builds it: the term inside quotes, `\` and `"` escaped with a backslash. */
const displayNameClause = (term: string) =>
  `"displayName:${term.replace(/[\\"]/g, (char) => `\\${char}`)}"`;

const searchGroups = (search: string, init: CallGraphInit = { headers: EVENTUAL }) =>
  callGraph(`/groups?$search=${encodeURIComponent(search)}`, init);

async function readPage(response: Response): Promise<GroupPage> {
  expect(response.status).toBe(200);
  return (await response.json()) as GroupPage;
}

async function namesFound(term: string): Promise<unknown[]> {
  const page = await readPage(await searchGroups(displayNameClause(term)));
  return page.value.map((group) => group.displayName);
}

async function readError(response: Response, status: number): Promise<GraphErrorBody["error"]> {
  expect(response.status).toBe(status);
  return ((await response.json()) as GraphErrorBody).error;
}

describe("search groups", () => {
  it("needs ConsistencyLevel: eventual, in any case, and says so without it", async () => {
    const error = await readError(await searchGroups('"displayName:sales"', {}), 400);
    expect(error).toEqual({
      code: "Request_UnsupportedQuery",
      message: SEARCH_NEEDS_HEADER_MESSAGE,
      innerError: expect.any(Object),
    });
    expect(SEARCH_NEEDS_HEADER_MESSAGE).toBe(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
    const shouted = await searchGroups('"displayName:sales"', {
      headers: { ConsistencyLevel: "EVENTUAL" },
    });
    expect((await readPage(shouted)).value.map((group) => group.displayName)).toEqual([
      "Nordics Sales Devices",
      "Sales – Corporate Phones",
      "Sales Team",
    ]);
  });

  it("matches word prefixes, every word of the term, sorted by name", async () => {
    expect(await namesFound("field")).toEqual([
      "Field Engineers – Devices",
      "Field Engineers – Tablets",
    ]);
    expect(await namesFound("engin tab")).toEqual(["Field Engineers – Tablets"]);
    expect(await namesFound("ngineers")).toEqual([]);
  });

  it("round-trips escaped quotes and backslashes in the term", async () => {
    expect(await namesFound('"Pilot" Ring 1')).toEqual(['"Pilot" Ring 1 – Devices']);
    expect(await namesFound('"pilot"')).toEqual([
      '"Pilot" Ring 1 – Devices',
      "Pilot Ring 2 – Devices",
    ]);
    expect(await namesFound("CONTOSO\\Legacy")).toEqual(["CONTOSO\\Legacy Kiosks"]);
    const unescaped = await searchGroups('"displayName:"Pilot" Ring"');
    expect(unescaped.status).toBe(400);
  });

  it('decodes \\" to a quote and \\\\ to a backslash', () => {
    expect(parseSearch(displayNameClause('say "hi" to C:\\temp\\'))).toEqual({
      ok: true,
      clause: { property: "displayName", term: 'say "hi" to C:\\temp\\' },
    });
    expect(parseSearch('"Description:a\\\\b"')).toEqual({
      ok: true,
      clause: { property: "description", term: "a\\b" },
    });
  });

  it("ignores accents and case on both sides", async () => {
    expect(await namesFound("equipe")).toEqual(["Équipe Montréal – Appareils"]);
    expect(await namesFound("MONTREAL")).toEqual(["Équipe Montréal – Appareils"]);
    expect(await namesFound("zurich")).toEqual(["Zürich Außendienst Geräte"]);
    expect(await namesFound("geräte")).toEqual(["Zürich Außendienst Geräte"]);
    expect(await namesFound("sao paulo")).toEqual(["São Paulo – Dispositivos"]);
  });

  it("splits on apostrophes, so both halves of O'Brien find it", async () => {
    expect(await namesFound("o'brien")).toEqual(["O'Brien Lab Devices"]);
    expect(await namesFound("brien")).toEqual(["O'Brien Lab Devices"]);
  });

  it("searches descriptions with description:", async () => {
    const page = await readPage(await searchGroups('"description:rollout"'));
    expect(page.value.map((group) => group.id)).toEqual([
      seedGroups.pilotRing1.id,
      seedGroups.pilotRing2.id,
    ]);
  });

  it("returns every group for an empty term", async () => {
    const page = await readPage(await searchGroups('"displayName:"'));
    expect(page.value).toHaveLength(graph.store.listGroups().length);
  });

  it("returns dynamic and Microsoft 365 groups with their Graph properties", async () => {
    const [iPhones] = (await readPage(await searchGroups(displayNameClause("iphones")))).value;
    expect(iPhones).toMatchObject({
      id: seedIds.dynamicDeviceGroup,
      groupTypes: ["DynamicMembership"],
      membershipRule: '(device.deviceOSType -eq "iPhone")',
      membershipRuleProcessingState: "On",
    });
    const [finance] = (await readPage(await searchGroups(displayNameClause("finance")))).value;
    expect(finance).toMatchObject({ id: seedIds.dynamicUserGroup });
    expect(finance?.membershipRule).toMatch(/^\(user\.department /);
    const [team] = (await readPage(await searchGroups(displayNameClause("sales team")))).value;
    expect(team).toMatchObject({
      id: seedIds.microsoft365Group,
      groupTypes: ["Unified"],
      mailEnabled: true,
      securityEnabled: false,
    });
  });

  it.each([
    ["unquoted", "displayName:sales"],
    ["an unterminated quote", '"displayName:sales'],
    ["an escaped closing quote", '"displayName:sales\\"'],
    ["a dangling backslash", '"displayName:sa\\les"'],
    ["an unknown property", '"mail:sales"'],
    ["no property", '"sales"'],
    ["a second clause", '"displayName:sales" OR "displayName:x"'],
  ])("rejects %s with Request_BadRequest: Syntax error", async (_case, search) => {
    const error = await readError(await searchGroups(search), 400);
    expect(error.code).toBe("Request_BadRequest");
    expect(error.message).toMatch(/^Syntax error: /);
  });
});

describe("filter groups", () => {
  const filterGroups = (filter: string) =>
    callGraph(`/groups?$filter=${encodeURIComponent(filter)}`);

  it("startswith(displayName,…) needs no header; '' is an apostrophe", async () => {
    const page = await readPage(await filterGroups("startswith(displayName,'O''Brien')"));
    expect(page.value.map((group) => group.id)).toEqual([seedIds.apostropheGroup]);
  });

  it("compares the whole name's prefix, ignoring case", async () => {
    const page = await readPage(await filterGroups("startswith(displayName,'field engineers –')"));
    expect(page.value.map((group) => group.id)).toEqual([
      seedGroups.fieldEngineers.id,
      seedGroups.fieldEngineersTablets.id,
    ]);
    expect(
      (await readPage(await filterGroups("startswith(displayName,'Engineers')"))).value,
    ).toEqual([]);
  });

  it.each([
    "displayName eq 'Sales Team'",
    "startswith(description,'Sales')",
    "startswith(displayName,'O'Brien')",
  ])("answers 400 Request_UnsupportedQuery to %s", async (filter) => {
    const error = await readError(await filterGroups(filter), 400);
    expect(error).toMatchObject({
      code: "Request_UnsupportedQuery",
      message: "Unsupported query.",
    });
  });
});

describe("select and page groups", () => {
  it("$select returns only those fields, id always, and names them in the context", async () => {
    const page = await readPage(
      await callGraph(
        "/groups?$select=displayName,groupTypes&$filter=startswith(displayName,'Sales Team')",
      ),
    );
    expect(page.value).toEqual([
      { id: seedIds.microsoft365Group, displayName: "Sales Team", groupTypes: ["Unified"] },
    ]);
    expect(page["@odata.context"]).toBe(
      "https://graph.test/beta/$metadata#groups(id,displayName,groupTypes)",
    );
  });

  it("rejects an unknown $select property", async () => {
    const error = await readError(await callGraph("/groups?$select=displayName,owners"), 400);
    expect(error).toMatchObject({
      code: "Request_BadRequest",
      message:
        "Parsing OData Select and Expand failed: Could not find a property named 'owners' on type 'microsoft.graph.group'.",
    });
  });

  it("pages with $top and absolute nextLinks that, followed verbatim, return the rest", async () => {
    const all = graph.store.listGroups();
    expect(all.length).toBeGreaterThanOrEqual(30);
    const ids: unknown[] = [];
    let next: string | undefined = "/groups?$top=10&$select=displayName";
    let pages = 0;
    while (next) {
      const page = await readPage(await callGraph(next));
      ids.push(...page.value.map((group) => group.id));
      next = page["@odata.nextLink"];
      pages += 1;
      if (next)
        expect(next).toMatch(/^https:\/\/graph\.test\/beta\/groups\?.*\$top=10.*\$skiptoken=/);
    }
    expect(pages).toBe(Math.ceil(all.length / 10));
    expect(ids).toEqual(all.map((group) => group.id));
  });

  it("pages search results in name order", async () => {
    const clause = displayNameClause("devices");
    const whole = await readPage(await searchGroups(clause));
    expect(whole.value.length).toBeGreaterThan(3);
    const first = await readPage(
      await callGraph(`/groups?$search=${encodeURIComponent(clause)}&$top=3`, {
        headers: EVENTUAL,
      }),
    );
    const nextLink = first["@odata.nextLink"] ?? "";
    const second = await readPage(await callGraph(nextLink, { headers: EVENTUAL }));
    expect([...first.value, ...second.value].map((group) => group.id)).toEqual(
      whole.value.slice(0, 6).map((group) => group.id),
    );
  });

  it("returns up to 100 by default, and rejects $top outside 1..999 or a forged $skiptoken", async () => {
    const page = await readPage(await callGraph("/groups"));
    expect(page.value).toHaveLength(graph.store.listGroups().length);
    expect(page["@odata.nextLink"]).toBeUndefined();
    expect((await readPage(await callGraph("/groups?$top=999"))).value.length).toBeGreaterThan(0);
    for (const top of ["0", "1000", "abc", "2.5"]) {
      const error = await readError(await callGraph(`/groups?$top=${top}`), 400);
      expect(error.code).toBe("Request_BadRequest");
    }
    const forged = await readError(await callGraph("/groups?$skiptoken=10"), 400);
    expect(forged.code).toBe("Directory_ExpiredPageToken");
  });
});
