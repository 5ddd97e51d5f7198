/**
 * Smoke check of the Graph emulator over real HTTP, with real signed tokens:
 * `npm run test:stack` (exits non-zero on the first failed check).
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { seedIds } from "../src/mocks/seedData";
import { BIG_POOL_STATE_COUNTS } from "../src/mocks/seedDeviceStates";
import { makeActivationCodes, TEST_SMDP_HOST } from "../src/mocks/testActivationCodes";
import { startGraphEmulator } from "./graphEmulator";

const ISSUER = "https://login.check.invalid/tenant/v2.0";
const READ = "DeviceManagementConfiguration.Read.All";
const READ_WRITE = "DeviceManagementConfiguration.ReadWrite.All";
const GROUP_MEMBER_READ = "GroupMember.Read.All";

const { publicKey, privateKey } = await generateKeyPair("RS256");
const jwks = {
  keys: [{ ...(await exportJWK(publicKey)), kid: "check", alg: "RS256", use: "sig" }],
};
const keyServer = await listen(
  createServer((_req, res) =>
    res.setHeader("Content-Type", "application/json").end(JSON.stringify(jwks)),
  ),
);
const emulator = await startGraphEmulator({
  port: 0,
  jwksUri: `http://127.0.0.1:${port(keyServer)}/keys`,
  issuer: ISSUER,
});
const origin = new URL(emulator.url).origin;
const pools = `${emulator.url}/deviceManagement/embeddedSIMActivationCodePools`;
const assignments = `${pools}/${seedIds.emptyPool}/assignments`;

async function token(
  scp: string,
  claims: { exp?: string; aud?: string; key?: CryptoKey; xms_cc?: string[] } = {},
) {
  return new SignJWT({ scp, ...(claims.xms_cc && { xms_cc: claims.xms_cc }) })
    .setProtectedHeader({ alg: "RS256", kid: "check" })
    .setIssuer(ISSUER)
    .setAudience(claims.aud ?? "https://graph.microsoft.com")
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? "10m")
    .sign(claims.key ?? privateKey);
}
const readWrite = await token(READ_WRITE);
const groupReader = await token(`${READ_WRITE} ${GROUP_MEMBER_READ}`);
const groups = `${emulator.url}/groups`;
const getByIds = (bearer: string, ids: string[]) =>
  fetch(`${emulator.url}/directoryObjects/getByIds`, {
    method: "POST",
    headers: { ...auth(bearer), ...json },
    body: JSON.stringify({ ids, types: ["group"] }),
  });
const errorCode = async (response: Response) =>
  ((await response.json()) as { error: { code: string } }).error.code;
const auth = (bearer: string) => ({ Authorization: `Bearer ${bearer}` });
const json = { "Content-Type": "application/json" };
const control = (path: string, method = "POST", body?: unknown) =>
  fetch(`${origin}/_control/${path}`, { method, headers: json, body: JSON.stringify(body) });
const createAllDevices = (bearer = readWrite) =>
  fetch(assignments, {
    method: "POST",
    headers: { ...auth(bearer), ...json },
    body: JSON.stringify({
      target: { "@odata.type": "microsoft.graph.allDevicesAssignmentTarget" },
    }),
  });
const readDeviceStates = async (poolId: string) => {
  const response = await fetch(`${pools}/${poolId}/deviceStates`, {
    headers: auth(await token(READ)),
  });
  assert.equal(response.status, 200);
  return (await response.json()) as { value: unknown[]; "@odata.nextLink"?: string };
};
const readPools = async () => {
  const response = await fetch(pools, { headers: auth(await token(READ)) });
  assert.equal(response.status, 200);
  return (await response.json()) as { value: unknown[] };
};
const createPool = (activationCodes: unknown[]) =>
  fetch(pools, {
    method: "POST",
    headers: { ...auth(readWrite), ...json },
    body: JSON.stringify({ displayName: "Check pool", activationCodes }),
  });
const assignmentCount = async () => {
  const state = (await (await control("state", "GET")).json()) as {
    pools: { id: string; assignments: unknown[] }[];
  };
  return state.pools.find((pool) => pool.id === seedIds.emptyPool)?.assignments.length;
};

async function check(name: string, run: () => Promise<void>) {
  await control("reset");
  await run();
  console.log(`ok  ${name}`);
}

try {
  await check("paging: 3 pages via absolute nextLinks", async () => {
    let next: string | undefined = pools;
    const sizes = [];
    while (next) {
      const page = (await (await fetch(next, { headers: auth(readWrite) })).json()) as {
        value: unknown[];
        "@odata.nextLink"?: string;
      };
      sizes.push(page.value.length);
      next = page["@odata.nextLink"];
      if (next) assert.match(next, /^http:\/\/127\.0\.0\.1:\d+\/beta\/.*\$skiptoken=/);
    }
    assert.deepEqual(sizes, [25, 25, 10]);
  });
  await check("CORS preflight and exposed headers", async () => {
    const preflight = await fetch(pools, {
      method: "OPTIONS",
      headers: {
        Origin: "http://127.0.0.1:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,client-request-id",
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), "http://127.0.0.1:5173");
    assert.equal(
      preflight.headers.get("access-control-allow-headers"),
      "authorization,client-request-id",
    );
    const response = await fetch(pools, {
      headers: { ...auth(readWrite), Origin: "http://x.test" },
    });
    assert.match(response.headers.get("access-control-expose-headers") ?? "", /request-id/);
  });
  await check("create 201, read-only 403, expired/wrong audience/forged 401", async () => {
    assert.equal((await createAllDevices()).status, 201);
    assert.equal((await createAllDevices(await token(READ))).status, 403);
    assert.equal(await assignmentCount(), 1);
    const other = (await generateKeyPair("RS256")).privateKey;
    const expired = await token(READ_WRITE, { exp: "-1m" });
    for (const bad of [
      expired,
      await token(READ_WRITE, { aud: "api://x" }),
      await token(READ_WRITE, { key: other }),
    ]) {
      const response = await fetch(pools, { headers: auth(bad) });
      assert.equal(response.status, 401);
      assert.match(response.headers.get("www-authenticate") ?? "", /^Bearer /);
      assert.doesNotMatch(await response.text(), new RegExp(bad.split(".")[2] ?? "-"));
    }
  });
  await check("fault: 429 with Retry-After once, then 200", async () => {
    await control("faults", "POST", {
      method: "GET",
      path: "/embeddedSIMActivationCodePools",
      status: 429,
      retryAfter: "1",
    });
    const throttled = await fetch(pools, { headers: auth(readWrite) });
    assert.equal(throttled.status, 429);
    assert.equal(throttled.headers.get("retry-after"), "1");
    assert.equal((await fetch(pools, { headers: auth(readWrite) })).status, 200);
  });
  await check("fault: a claims challenge answers only a token that declares CP1", async () => {
    const rule = { path: "/embeddedSIMActivationCodePools", claimsChallenge: true, times: 2 };
    assert.equal((await control("faults", "POST", rule)).status, 204);
    for (const refused of [
      { ...rule, drop: true },
      { ...rule, status: 503 },
    ]) {
      assert.equal((await control("faults", "POST", refused)).status, 400);
    }
    assert.equal((await fetch(pools, { headers: auth(readWrite) })).status, 200);
    const cp1 = await token(READ_WRITE, { xms_cc: ["CP1"] });
    for (const left of [1, 0]) {
      const challenged = await fetch(pools, { headers: { ...auth(cp1), Origin: "http://x.test" } });
      assert.equal(challenged.status, 401);
      assert.match(
        challenged.headers.get("access-control-expose-headers") ?? "",
        /WWW-Authenticate/,
      );
      const header = challenged.headers.get("www-authenticate") ?? "";
      assert.match(header, /^Bearer realm="".*, error="insufficient_claims", claims="[\w+/=]+"$/);
      const claims = Buffer.from(/claims="([^"]+)"/.exec(header)?.[1] ?? "", "base64").toString();
      assert.match(claims, /^\{"access_token":\{"nbf":\{"essential":true,"value":"\d+"\}\}\}$/);
      assert.equal(await errorCode(challenged), "InvalidAuthenticationToken");
      const pending = (await (await control("faults", "GET")).json()) as unknown[];
      assert.equal(pending.length, left);
    }
    assert.equal((await fetch(pools, { headers: auth(cp1) })).status, 200);
  });
  await check("fault: drop before / after the handler", async () => {
    await control("faults", "POST", [
      { path: "/assignments", drop: true },
      { path: "/assignments", drop: true, afterHandler: true },
    ]);
    // The answer is cut off after its first bytes: reading it fails.
    const lostAnswer = async () => (await createAllDevices()).text();
    await assert.rejects(lostAnswer(), TypeError);
    assert.equal(await assignmentCount(), 0);
    await assert.rejects(lostAnswer(), TypeError);
    assert.equal(await assignmentCount(), 1);
  });
  await check("fault: delay, then the emulator still answers", async () => {
    await control("faults", "POST", { path: "/embeddedSIMActivationCodePools", delayMs: 300 });
    const started = Date.now();
    assert.equal((await fetch(pools, { headers: auth(readWrite) })).status, 200);
    assert.ok(Date.now() - started >= 280);
  });
  await check("control: seed, invalid seed 400, unknown Graph path 404", async () => {
    const seeded = await control("seed", "POST", {
      pools: [{ id: seedIds.emptyPool, displayName: "Only" }],
    });
    assert.equal(seeded.status, 204);
    assert.equal(
      ((await (await fetch(pools, { headers: auth(readWrite) })).json()) as { value: [] }).value
        .length,
      1,
    );
    assert.equal((await control("seed", "POST", { pools: [{ id: "x" }] })).status, 400);
    assert.equal((await fetch(`${emulator.url}/me`, { headers: auth(readWrite) })).status, 404);
  });
  await check("groups: $search needs ConsistencyLevel, which CORS preflights allow", async () => {
    const preflight = await fetch(groups, {
      method: "OPTIONS",
      headers: {
        Origin: "http://127.0.0.1:5173",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization,client-request-id,consistencylevel",
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get("access-control-allow-headers") ?? "", /consistencylevel/);
    const search = `${groups}?$search=${encodeURIComponent('"displayName:equipe"')}`;
    const refused = await fetch(search, { headers: auth(groupReader) });
    assert.equal(refused.status, 400);
    assert.equal(await errorCode(refused), "Request_UnsupportedQuery");
    const found = await fetch(search, {
      headers: { ...auth(groupReader), ConsistencyLevel: "eventual" },
    });
    assert.equal(found.status, 200);
    const { value } = (await found.json()) as { value: { id: string }[] };
    assert.deepEqual(
      value.map((group) => group.id),
      [seedIds.diacriticsGroup],
    );
  });
  await check(
    "groups: getByIds leaves out a deleted group; 403 without a group scope",
    async () => {
      const resolved = await getByIds(groupReader, [seedIds.diacriticsGroup, seedIds.deletedGroup]);
      assert.equal(resolved.status, 200);
      const { value } = (await resolved.json()) as { value: { id: string }[] };
      assert.deepEqual(
        value.map((group) => group.id),
        [seedIds.diacriticsGroup],
      );
      const denied = await getByIds(readWrite, [seedIds.diacriticsGroup]);
      assert.equal(denied.status, 403);
      assert.equal(await errorCode(denied), "Authorization_RequestDenied");
    },
  );
  await check("control: seed and state carry groups", async () => {
    const state = (await (await control("state", "GET")).json()) as { groups: { id: string }[] };
    assert.ok(state.groups.some((group) => group.id === seedIds.quotesGroup));
    const only = { id: seedIds.unassignedGroup, displayName: "Only group" };
    assert.equal((await control("seed", "POST", { pools: [], groups: [only] })).status, 204);
    const listed = await fetch(groups, { headers: auth(groupReader) });
    const { value } = (await listed.json()) as { value: { displayName: string }[] };
    assert.deepEqual(
      value.map((group) => group.displayName),
      ["Only group"],
    );
  });
  await check(
    "device states: the big pool's first page, read-only, 500 rows and a nextLink",
    async () => {
      const page = await readDeviceStates(seedIds.bigPool);
      assert.equal(page.value.length, 500);
      assert.match(
        page["@odata.nextLink"] ?? "",
        /^http:\/\/127\.0\.0\.1:\d+\/beta\/.*\/deviceStates\?\$skiptoken=/,
      );
    },
  );
  await check("control: settings set the device state page size; reset puts 500 back", async () => {
    assert.equal((await control("settings", "POST", { deviceStatePageSize: 7 })).status, 204);
    assert.equal((await readDeviceStates(seedIds.bigPool)).value.length, 7);
    for (const refused of [
      { deviceStatePageSize: 0 },
      { deviceStatePageSize: 5001 },
      { deviceStatePageSize: 2.5 },
      { deviceStatePageSize: 7, pageSize: 7 },
      {},
    ]) {
      assert.equal((await control("settings", "POST", refused)).status, 400);
    }
    await control("reset");
    assert.equal((await readDeviceStates(seedIds.bigPool)).value.length, 500);
  });
  await check("control: settings set the pool page size; reset puts 25 back", async () => {
    assert.equal((await control("settings", "POST", { poolPageSize: 100 })).status, 204);
    assert.equal((await readPools()).value.length, 60);
    assert.equal((await control("settings", "POST", { poolPageSize: 7 })).status, 204);
    assert.equal((await readPools()).value.length, 7);
    await control("reset");
    assert.equal((await readPools()).value.length, 25);
  });
  await check("control: device-state-counts, 404 for an unknown pool; not in state", async () => {
    const counts = await control(`device-state-counts/${seedIds.bigPool}`, "GET");
    assert.deepEqual(await counts.json(), { total: 50_000, byState: BIG_POOL_STATE_COUNTS });
    const unknown = await control(
      "device-state-counts/00000000-0000-4000-8000-000000000000",
      "GET",
    );
    assert.equal(unknown.status, 404);
    const state = (await (await control("state", "GET")).json()) as { pools: object[] };
    assert.ok(state.pools.every((pool) => !("deviceStates" in pool)));
  });
  await check("create pool: codes read back, a second pool per host 400, delete", async () => {
    const codes = makeActivationCodes(3);
    const created = await createPool(codes);
    assert.equal(created.status, 201);
    const pool = (await created.json()) as { id: string; activationCodeCount: number };
    assert.equal(pool.activationCodeCount, 3);
    assert.ok(!("activationCodes" in pool));
    const readBack = await control(`activation-codes/${pool.id}`, "GET");
    assert.deepEqual(await readBack.json(), { activationCodes: codes });
    const state = (await (await control("state", "GET")).json()) as { pools: object[] };
    assert.ok(state.pools.every((listed) => !("activationCodes" in listed)));

    const sameHost = await createPool(makeActivationCodes(1, TEST_SMDP_HOST.toUpperCase(), 50));
    assert.equal(sameHost.status, 400);
    assert.equal(await errorCode(sameHost), "BadRequest");

    const deleted = await fetch(`${pools}/${pool.id}`, {
      method: "DELETE",
      headers: auth(readWrite),
    });
    assert.equal(deleted.status, 204);
    assert.equal((await control(`activation-codes/${pool.id}`, "GET")).status, 404);
  });
} finally {
  await emulator.close();
  await new Promise((resolve) => keyServer.close(resolve));
}

function listen(server: Server): Promise<Server> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function port(server: Server): number {
  return (server.address() as AddressInfo).port;
}
