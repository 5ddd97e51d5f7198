import type { GraphDeviceState } from "./graphStoreData";
import { createGuidSequence, createRandomSequence } from "./guid";
import {
  ODD_DEVICE_NAMES,
  pick,
  randomDeviceName,
  randomPerson,
  randomStateDetails,
  randomUiccid,
  randomUserName,
  type Random,
} from "./seedDeviceContent";
import { isPatternPool, seedIds, seedPoolIds } from "./seedData";

export { ODD_DEVICE_NAMES } from "./seedDeviceContent";

export const KNOWN_DEVICE_STATES = [
  "notEvaluated",
  "installing",
  "installed",
  "failed",
  "error",
  "deleting",
  "deleted",
  "removedByUser",
] as const;
/** Graph adds enum members this way; a client must show it, not fail on it. */
export const UNKNOWN_DEVICE_STATE = "unknownFutureValue";

/** `seedIds.bigPool`'s 50,000 device states by state, exactly. */
export const BIG_POOL_STATE_COUNTS = {
  notEvaluated: 3_000,
  installing: 2_500,
  installed: 40_038,
  failed: 312,
  error: 150,
  deleting: 200,
  deleted: 1_500,
  removedByUser: 2_262,
  [UNKNOWN_DEVICE_STATE]: 38,
} as const satisfies Record<string, number>;

interface DeviceSpec {
  state: string;
  deviceName?: string;
  userName?: string | null;
}

const { formula, comma, quotes, plus, minus, at } = ODD_DEVICE_NAMES;
const SMALL_POOL_DEVICES: readonly DeviceSpec[] = [
  { state: "installed", deviceName: "iPhone de Zoë", userName: "Zoë Ångström" },
  { state: "installed", deviceName: "DESKTOP-7Q4K2LM", userName: "adele.vance@contoso.com" },
  { state: "installed", deviceName: "Galaxy S24 – Field 0412", userName: "José Núñez" },
  { state: "installing", deviceName: formula, userName: "megan.bowen@contoso.com" },
  { state: "failed", deviceName: comma, userName: "Björn Öztürk" },
  { state: "failed", deviceName: quotes, userName: "alex.wilber@contoso.com" },
  { state: "error", deviceName: plus, userName: "diego.siciliani@contoso.com" },
  { state: "notEvaluated", deviceName: minus, userName: null },
  { state: "deleting", deviceName: at, userName: "lidia.holloway@contoso.com" },
  { state: "deleted", deviceName: "LAPTOP-K3V9X2QD", userName: "Björn Öztürk" },
  { state: "removedByUser", deviceName: "Pixel 8 Pro – Siobhán", userName: "Siobhán O'Connor" },
  { state: UNKNOWN_DEVICE_STATE, deviceName: "Surface Pro 10 LTE – 0173", userName: null },
];

/** `seedIds.smallPool`'s 12 device states by state: every known state and an unknown one. */
export const SMALL_POOL_STATE_COUNTS = {
  notEvaluated: 1,
  installing: 1,
  installed: 3,
  failed: 2,
  error: 1,
  deleting: 1,
  deleted: 1,
  removedByUser: 1,
  [UNKNOWN_DEVICE_STATE]: 1,
} as const satisfies Record<string, number>;

// One odd name on the first page, the others spread through the list.
const ODD_NAME_AT_ROW = new Map(
  Object.values(ODD_DEVICE_NAMES).map((name, i) => [11 + i * 8_317, name]),
);

const generated = new Map<string, readonly GraphDeviceState[]>();

/**
 * A seed pool's device states, generated on first read and then shared by every store in the
 * process (frozen for that reason): most unit tests never read them and must not pay for the
 * big pool's 50,000 rows.
 */
export function seedDeviceStatesOf(poolId: string): readonly GraphDeviceState[] {
  let states = generated.get(poolId);
  if (!states) {
    states = Object.freeze(createSeedDeviceStates(poolId).map((row) => Object.freeze(row)));
    generated.set(poolId, states);
  }
  return states;
}

/** A fresh copy, the same on every call and in every process: it depends on the pool id alone. */
export function createSeedDeviceStates(poolId: string): GraphDeviceState[] {
  const index = seedPoolIds.indexOf(poolId);
  const makeRow = createRowMaker(0xde5 + index);
  if (poolId === seedIds.bigPool) return bigPoolStates(makeRow, createRandomSequence(0xb16));
  if (poolId === seedIds.smallPool) return SMALL_POOL_DEVICES.map((spec) => makeRow(spec));
  if (index < 0 || !isPatternPool(index)) return [];
  const random = createRandomSequence(0xfe0 + index);
  const count = 2 + Math.floor(random() * 5);
  return Array.from({ length: count }, () => makeRow({ state: pick(random, KNOWN_DEVICE_STATES) }));
}

function bigPoolStates(makeRow: RowMaker, random: Random): GraphDeviceState[] {
  const states = Object.entries(BIG_POOL_STATE_COUNTS).flatMap(([state, count]) =>
    Array.from({ length: count }, () => state),
  );
  // Fisher–Yates, so every page holds a mix of states.
  for (let i = states.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [states[i], states[j]] = [states[j] ?? "", states[i] ?? ""];
  }
  return states.map((state, row) => makeRow({ state, deviceName: ODD_NAME_AT_ROW.get(row) }));
}

type RowMaker = (spec: DeviceSpec) => GraphDeviceState;

const DAY_MS = 86_400_000;
const LAST_SYNC_ANCHOR_MS = Date.parse("2026-11-30T12:00:00Z");

function createRowMaker(seed: number): RowMaker {
  const random = createRandomSequence(seed);
  const nextId = createGuidSequence(seed + 0x1d);
  return ({ state, deviceName, userName }) => {
    const person = randomPerson(random);
    const evaluated = state !== "notEvaluated";
    // Whole seconds within the 60 days before the anchor; created well before any sync.
    const lastSyncMs = LAST_SYNC_ANCHOR_MS - Math.floor(random() * 60 * 86_400) * 1000;
    const createdMs = LAST_SYNC_ANCHOR_MS - (61 + Math.floor(random() * 300)) * DAY_MS;
    const lastSync = evaluated ? new Date(lastSyncMs).toISOString() : null;
    const created = new Date(createdMs).toISOString();
    return {
      id: nextId(),
      createdDateTime: created,
      modifiedDateTime: lastSync ?? created,
      lastSyncDateTime: lastSync,
      universalIntegratedCircuitCardIdentifier: evaluated ? randomUiccid(random) : null,
      deviceName: deviceName ?? randomDeviceName(random, person),
      userName: userName === undefined ? randomUserName(random, person) : userName,
      state,
      stateDetails: randomStateDetails(random, state),
    };
  };
}
