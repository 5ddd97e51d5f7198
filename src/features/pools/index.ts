export { PoolList } from "./PoolList";
export { PoolProperties } from "./PoolProperties";
export { poolName } from "./format";
export { poolQueries } from "./poolQueries";
export type { Pool } from "./types";
