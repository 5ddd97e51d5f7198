export { PoolList } from "./PoolList";
export { PoolProperties } from "./PoolProperties";
export { poolName } from "./poolName";
export { poolQueries } from "./poolQueries";
export type { Pool } from "./types";
