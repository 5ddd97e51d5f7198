import type { Pool } from "./types";

export function poolName(pool: Pool): string {
  return pool.displayName.trim() || "Unnamed pool";
}
