import { graphOrigin } from "../../local/demo";
import type { GraphStoreSeed } from "../../src/mocks/graphStoreData";

const POOLS_PER_PAGE = 100;

/** The Graph emulator's control API (local/graphEmulatorControl.ts). */
export const emulatorControl = {
  /**
   * Back to the default seed (60 pools, one of them with 50,000 device states), with pages of
   * 100 pools instead of the emulator's 25: the size the floor was measured with.
   */
  reset: async () => {
    await send("POST", "reset");
    await send("POST", "settings", { poolPageSize: POOLS_PER_PAGE });
  },
  /** Keeps the settings reset made. */
  seed: (data: GraphStoreSeed) => send("POST", "seed", data),
  poolNames: async (): Promise<Map<string, string>> => {
    const response = await send("GET", "state");
    const state = (await response.json()) as { pools: { id: string; displayName: string }[] };
    return new Map(state.pools.map((pool) => [pool.id, pool.displayName]));
  },
};

async function send(method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${graphOrigin}/_control/${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(
      `Emulator ${method} /_control/${path}: ${response.status} ${await response.text()}`,
    );
  }
  return response;
}
