const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

export function newGuid(): string {
  return crypto.randomUUID();
}

/**
 * A repeatable stream of v4-shaped GUIDs, so seed ids are the same on every run and in every
 * process (unit tests and the emulator agree on `seedIds`).
 */
export function createGuidSequence(seed: number): () => string {
  const nextNumber = createRandomSequence(seed);
  return () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(nextNumber() * 16).toString(16));
    hex[12] = "4";
    hex[16] = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
    const text = hex.join("");
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  };
}

/** mulberry32: tiny, deterministic, good enough for fake data (not for anything secret). */
export function createRandomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
