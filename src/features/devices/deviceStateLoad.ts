import { useEffect, useState, useSyncExternalStore } from "react";
import type { GraphClient } from "../../graph/clientTypes";
import { graphPath } from "../../graph/graphPath";
import { createPagedLoad, type PagedLoad, type PagedLoadSnapshot } from "../../graph/pagedLoad";
import { graphDeviceStateSchema } from "./graphDeviceState";
import type { DeviceStateRow } from "./types";

export type DeviceStateLoad = PagedLoad<DeviceStateRow>;
export type DeviceStates = PagedLoadSnapshot<DeviceStateRow>;

export function deviceStatesPath(poolId: string): string {
  return graphPath`/deviceManagement/embeddedSIMActivationCodePools/${poolId}/deviceStates`;
}

export function createDeviceStateLoad(graph: GraphClient, poolId: string): DeviceStateLoad {
  return createPagedLoad(deviceStatesPath(poolId), (fromUrl, signal) =>
    graph.pages(fromUrl, graphDeviceStateSchema, { signal }),
  );
}

/**
 * The pool's device states, owned by the pool's page: created idle, read once a section that
 * shows devices asks for them, and stopped when the admin leaves the pool.
 */
export function useDeviceStateLoad(graph: GraphClient, poolId: string): DeviceStateLoad {
  const [load] = useState(() => createDeviceStateLoad(graph, poolId));
  useEffect(() => () => load.stop(), [load]);
  return load;
}

/** What has loaded so far; starts (or continues) the load when a section that needs it shows. */
export function useDeviceStates(load: DeviceStateLoad): DeviceStates {
  useEffect(() => load.start(), [load]);
  return useSyncExternalStore(load.subscribe, load.getSnapshot);
}
