import { z } from "zod";
import { BASE_URL, graphError, json, testClient } from "../graph/testSupport";
import {
  BY_IDS_CHUNK,
  escapeSearchTerm,
  getGroup,
  getGroupsByIds,
  searchGroups,
  searchGroupsPath,
} from "./groupRequests";

const options = { scopes: ["https://graph.microsoft.com/GroupMember.Read.All"] };
const guid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const group = (id: string, displayName = `Group ${id}`) => ({
  "@odata.type": "#microsoft.graph.group",
  id,
  displayName,
  groupTypes: [],
  securityEnabled: true,
  mailEnabled: false,
});

describe("escapeSearchTerm", () => {
  it.each([
    ["Sales", "Sales"],
    ['"Pilot" Ring', '\\"Pilot\\" Ring'],
    ["back\\slash", "back\\\\slash"],
    ['end\\"', 'end\\\\\\"'],
    ["O'Brien", "O'Brien"],
  ])("escapes %s as %s", (term, escaped) => {
    expect(escapeSearchTerm(term)).toBe(escaped);
  });
});

describe("searchGroupsPath", () => {
  it("asks for the picker's fields, 25 at most, with the term escaped and URL-encoded", () => {
    const path = searchGroupsPath('"Pilot" & Co #1');
    const url = new URL(`${BASE_URL}${path}`);
    expect(url.pathname).toBe("/beta/groups");
    expect(url.searchParams.get("$search")).toBe('"displayName:\\"Pilot\\" & Co #1"');
    expect(url.searchParams.get("$select")).toBe(
      "id,displayName,description,groupTypes,securityEnabled,mailEnabled,membershipRule",
    );
    expect(url.searchParams.get("$top")).toBe("25");
    expect([...url.searchParams.keys()]).toEqual(["$search", "$select", "$top"]);
  });
});

describe("searchGroups", () => {
  it("sends ConsistencyLevel: eventual and the request's scopes, and says when there are more", async () => {
    const { client, requests, getAccessToken } = testClient([
      json({ value: [group(guid(1), "Sales")], "@odata.nextLink": `${BASE_URL}/groups?next` }),
    ]);
    const result = await searchGroups(client, "Sa", options);
    expect(requests[0]?.headers.get("ConsistencyLevel")).toBe("eventual");
    expect(getAccessToken.mock.calls[0]?.[0]).toEqual(options.scopes);
    expect(result.more).toBe(true);
    expect(result.groups.map(({ displayName }) => displayName)).toEqual(["Sales"]);
  });
});

describe("getGroup", () => {
  it("reads one group by id, and answers null for an id that is no group", async () => {
    const { client, requests } = testClient([
      json(group(guid(7), "Seven")),
      graphError(404, "Request_ResourceNotFound", "Resource does not exist."),
    ]);
    await expect(getGroup(client, guid(7), options)).resolves.toMatchObject({
      displayName: "Seven",
    });
    await expect(getGroup(client, guid(8), options)).resolves.toBeNull();
    expect(new URL(requests[0]?.url ?? "").pathname).toBe(`/beta/groups/${guid(7)}`);
  });

  it("lets other failures through", async () => {
    const { client } = testClient([graphError(403, "Authorization_RequestDenied", "No.")]);
    await expect(getGroup(client, guid(1), options)).rejects.toMatchObject({ status: 403 });
  });
});

describe("getGroupsByIds", () => {
  it("asks in chunks of 1000, marks what Graph left out as null, and ignores other object types", async () => {
    const ids = Array.from({ length: BY_IDS_CHUNK + 2 }, (_, index) => guid(index));
    const { client, requests } = testClient([
      json({
        value: [group(guid(0), "Zero"), { "@odata.type": "#microsoft.graph.user", id: guid(1) }],
      }),
      json({ value: [group(guid(BY_IDS_CHUNK + 1), "Last")] }),
    ]);
    const names = await getGroupsByIds(client, ids, options);

    const bodies = requests.map(({ body }) =>
      z
        .object({ ids: z.array(z.string()), types: z.array(z.string()) })
        .parse(JSON.parse(body ?? "")),
    );
    expect(requests.map(({ method, url }) => `${method} ${new URL(url).pathname}`)).toEqual([
      "POST /beta/directoryObjects/getByIds",
      "POST /beta/directoryObjects/getByIds",
    ]);
    expect(bodies.map((body) => body.ids.length)).toEqual([BY_IDS_CHUNK, 2]);
    expect(bodies[0]?.types).toEqual(["group"]);
    expect(names.get(guid(0))?.displayName).toBe("Zero");
    expect(names.get(guid(1))).toBeNull();
    expect(names.get(guid(BY_IDS_CHUNK + 1))?.displayName).toBe("Last");
    expect(names.size).toBe(ids.length);
  });

  it("retries a throttled or failed getByIds like a read", async () => {
    const { client, requests } = testClient([
      graphError(503, "ServiceUnavailable", "Later."),
      json({ value: [] }),
    ]);
    await getGroupsByIds(client, [guid(1)], options);
    expect(requests).toHaveLength(2);
  });
});
