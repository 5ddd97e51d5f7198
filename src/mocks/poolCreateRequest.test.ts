import type { GraphActivationCode } from "./activationCode";
import { graphScopes } from "./authorization";
import { SEED_POOL_COUNT, seedIds } from "./seedData";
import { makeActivationCodes, TEST_SMDP_HOST } from "./testActivationCodes";
import { callGraph, setupTestGraph } from "./testGraph";

const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";
const POOL_TYPE = "#microsoft.graph.embeddedSIMActivationCodePool";

const graph = setupTestGraph();

function postPool(body: unknown, scopes?: string[]) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return callGraph(POOLS, { method: "POST", body: text, ...(scopes && { scopes }) });
}

function poolBody(activationCodes: unknown[] = makeActivationCodes(3)) {
  return { "@odata.type": POOL_TYPE, displayName: "Contoso Mobile – Test", activationCodes };
}

/** Three valid codes, the second changed. */
function withSecondCode(change: Partial<GraphActivationCode>) {
  const [first, second, third] = makeActivationCodes(3);
  return poolBody([first, { ...second, ...change }, third]);
}

async function readError(response: Response) {
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  return { code: error.code, message: error.message };
}

async function readIntuneText(response: Response) {
  const { code, message } = await readError(response);
  const inner = JSON.parse(message) as { _version: number; Message: string };
  expect(inner._version).toBe(3);
  return { code, text: inner.Message };
}

describe("create pool", () => {
  it("answers 201 with the pool as Graph returns it, without the write-only codes", async () => {
    const before = Date.now();
    const response = await postPool(poolBody());
    expect(response.status).toBe(201);
    const created = (await response.json()) as Record<string, unknown>;
    expect(created).toEqual({
      "@odata.context":
        "https://graph.test/beta/$metadata#deviceManagement/embeddedSIMActivationCodePools/$entity",
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4/),
      displayName: "Contoso Mobile – Test",
      createdDateTime: created.modifiedDateTime,
      modifiedDateTime: expect.stringMatching(/Z$/),
      activationCodeCount: 3,
    });
    expect(Date.parse(String(created.createdDateTime))).toBeGreaterThanOrEqual(before);
    expect(graph.store.activationCodesOf(String(created.id))).toEqual(makeActivationCodes(3));
  });

  it("lists the new pool last and gets it, with its count and never its codes", async () => {
    const response = await postPool(poolBody(makeActivationCodes(1000)));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };

    const list = await callGraph(`${POOLS}?$top=100`);
    const { value } = (await list.json()) as { value: Record<string, unknown>[] };
    expect(value).toHaveLength(SEED_POOL_COUNT + 1);
    expect(value.at(-1)).toMatchObject({ id, activationCodeCount: 1000 });
    expect(value.every((pool) => !("activationCodes" in pool))).toBe(true);

    const read = (await (await callGraph(`${POOLS}/${id}`)).json()) as Record<string, unknown>;
    expect(read).toMatchObject({ id, activationCodeCount: 1000 });
    expect(read).not.toHaveProperty("activationCodes");
    expect(graph.store.dump().pools.at(-1)).not.toHaveProperty("activationCodes");
  });

  it.each([
    ["without the leading #", "microsoft.graph.embeddedSIMActivationCodePool"],
    ["without @odata.type", undefined],
  ])("accepts a body %s", async (_case, type) => {
    expect((await postPool({ ...poolBody(), "@odata.type": type })).status).toBe(201);
  });

  it("refuses a Read.All token (403 Forbidden) and stores nothing", async () => {
    const response = await postPool(poolBody(), [graphScopes.read]);
    expect(response.status).toBe(403);
    expect((await readError(response)).code).toBe("Forbidden");
    expect(graph.store.listPools()).toHaveLength(SEED_POOL_COUNT);
  });

  it.each([
    ["an array", "[]"],
    ["not JSON", "{displayName:"],
  ])("answers 400 when the body is %s", async (_case, body) => {
    const response = await postPool(body);
    expect(response.status).toBe(400);
    expect(await readIntuneText(response)).toEqual({
      code: "BadRequest",
      text: expect.stringMatching(/ - The request body is not a JSON object\.$/),
    });
  });

  it("answers 400 BadRequest for another entity type, naming it", async () => {
    const response = await postPool({ ...poolBody(), "@odata.type": "#microsoft.graph.group" });
    expect(response.status).toBe(400);
    expect(await readIntuneText(response)).toEqual({
      code: "BadRequest",
      text: expect.stringMatching(/ - The entity type #microsoft\.graph\.group is not expected/),
    });
    expect(graph.store.listPools()).toHaveLength(SEED_POOL_COUNT);
  });
});

const ICCID_RULE = "'^[0-9]{19}[0-9]?$'";
const HOST_RULE = "'^([a-zA-Z0-9]+(-[a-zA-Z0-9]+)*\\.)+[a-zA-Z]{2,}$'";
const iccidMessage = `The field activationCodes[1].integratedCircuitCardIdentifier must match the regular expression ${ICCID_RULE}.`;
const hostMessage = `The field activationCodes[1].smdpPlusServerAddress must match the regular expression ${HOST_RULE}.`;

describe("create pool: Graph's model validation (400 ModelValidationFailure, plain text)", () => {
  it.each([
    ["an 18-digit ICCID", { integratedCircuitCardIdentifier: "894450000000000001" }, iccidMessage],
    [
      "a 21-digit ICCID",
      { integratedCircuitCardIdentifier: "894450000000000000012" },
      iccidMessage,
    ],
    [
      "an ICCID with letters",
      { integratedCircuitCardIdentifier: "89445000000000000AB" },
      iccidMessage,
    ],
    [
      "an empty matching id",
      { matchingIdentifier: "" },
      "The activationCodes[1].matchingIdentifier field is required.",
    ],
    [
      "a matching id with a space",
      { matchingIdentifier: "K2 000001" },
      "The field activationCodes[1].matchingIdentifier must match the regular expression '^[a-zA-Z0-9\\-]*$'.",
    ],
    ["a host with a scheme", { smdpPlusServerAddress: `https://${TEST_SMDP_HOST}` }, hostMessage],
    ["a host with a port", { smdpPlusServerAddress: `${TEST_SMDP_HOST}:443` }, hostMessage],
    ["a host with a trailing dot", { smdpPlusServerAddress: `${TEST_SMDP_HOST}.` }, hostMessage],
    ["a host with an underscore", { smdpPlusServerAddress: "smdp_1.contoso.example" }, hostMessage],
    ["an IP address for a host", { smdpPlusServerAddress: "10.20.30.40" }, hostMessage],
  ])("rejects %s, naming the field", async (_case, change, message) => {
    const response = await postPool(withSecondCode(change));
    expect(response.status).toBe(400);
    expect(await readError(response)).toEqual({ code: "ModelValidationFailure", message });
    expect(graph.store.listPools()).toHaveLength(SEED_POOL_COUNT);
  });

  it.each([
    ["an empty displayName", { displayName: "   " }, "The displayName field is required."],
    ["no displayName", { displayName: undefined }, "The displayName field is required."],
    ["a null displayName", { displayName: null }, "The displayName field is required."],
    ["a number for displayName", { displayName: 7 }, "The field displayName must be a string."],
    [
      "no codes",
      { activationCodes: [] },
      "The field activationCodes must be a string or array type with a minimum length of '1'.",
    ],
    [
      "1001 codes",
      { activationCodes: makeActivationCodes(1001) },
      "The field activationCodes must be a string or array type with a maximum length of '1000'.",
    ],
    [
      "a code that is not an object",
      { activationCodes: ["x"] },
      "The field activationCodes[0] must be an object.",
    ],
  ])("rejects %s", async (_case, change, message) => {
    const response = await postPool({ ...poolBody(), ...change });
    expect(response.status).toBe(400);
    expect(await readError(response)).toEqual({ code: "ModelValidationFailure", message });
  });

  it("names only the first bad field", async () => {
    const codes = makeActivationCodes(3);
    const [first, second, third] = codes;
    const body = poolBody([
      first,
      { ...second, matchingIdentifier: "a b" },
      { ...third, integratedCircuitCardIdentifier: "1" },
    ]);
    const response = await postPool(body);
    expect((await readError(response)).message).toMatch(
      /^The field activationCodes\[1\]\.matching/,
    );
    const named = await postPool({ ...body, displayName: "" });
    expect((await readError(named)).message).toBe("The displayName field is required.");
  });
});

describe("create pool: Intune's rules for codes (400 BadRequest, 'The request is invalid.')", () => {
  const [first, second] = makeActivationCodes(2);
  const other = makeActivationCodes(1, "smdp.fabrikam.example", 500);

  it.each([
    [
      "the same ICCID twice",
      withSecondCode({ integratedCircuitCardIdentifier: first?.integratedCircuitCardIdentifier }),
    ],
    [
      "the same matching id twice",
      withSecondCode({ matchingIdentifier: first?.matchingIdentifier }),
    ],
    ["codes for two SM-DP+ hosts", poolBody([first, second, ...other])],
  ])("rejects %s", async (_case, body) => {
    const response = await postPool(body);
    expect(response.status).toBe(400);
    expect(await readIntuneText(response)).toEqual({
      code: "BadRequest",
      text: expect.stringMatching(/ - The request is invalid\.$/),
    });
    expect(graph.store.listPools()).toHaveLength(SEED_POOL_COUNT);
  });

  it("takes one host however its letters are cased", async () => {
    const body = withSecondCode({ smdpPlusServerAddress: TEST_SMDP_HOST.toUpperCase() });
    expect((await postPool(body)).status).toBe(201);
  });

  it("keeps one pool per host: a second one is refused until the first is deleted", async () => {
    const created = await postPool(poolBody());
    const { id } = (await created.json()) as { id: string };
    const again = makeActivationCodes(2, TEST_SMDP_HOST.toUpperCase(), 100);
    const refused = await postPool(poolBody(again));
    expect(refused.status).toBe(400);
    expect((await readIntuneText(refused)).text).toMatch(/ - The request is invalid\.$/);

    expect((await callGraph(`${POOLS}/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await postPool(poolBody(again))).status).toBe(201);
  });

  it("refuses a host that a seeded pool's codes already use", async () => {
    graph.store.seed({
      pools: [
        { id: seedIds.fullPool, displayName: "Seeded", activationCodes: makeActivationCodes(1) },
      ],
    });
    const response = await postPool(poolBody(makeActivationCodes(1, TEST_SMDP_HOST, 9)));
    expect(response.status).toBe(400);
    expect(graph.store.listPools()).toHaveLength(1);
  });
});
