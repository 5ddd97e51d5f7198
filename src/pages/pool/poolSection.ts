import { useOutletContext } from "react-router";
import type { DeviceStateLoad } from "../../features/devices";
import type { Pool } from "../../features/pools";

/** What the pool's page hands each of its sections. */
export interface PoolSectionContext {
  poolId: string;
  pool: Pool;
  deviceStates: DeviceStateLoad;
  /** Reads the pool again: after a 404 elsewhere, this shows whether it was deleted. */
  recheckPool: () => void;
}

export function usePoolSection(): PoolSectionContext {
  return useOutletContext<PoolSectionContext>();
}

/** The sections, each at its own address under /pools/:poolId. */
export const POOL_SECTIONS = [
  { path: "", label: "Overview" },
  { path: "assignments", label: "Assignments" },
  { path: "devices", label: "Devices" },
] as const;
