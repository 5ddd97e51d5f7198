export { NewPoolButton } from "./create/NewPoolButton";
export { PoolList } from "./PoolList";
export { PoolPagePreload } from "./poolPagePreload";
export { PoolProperties } from "./PoolProperties";
export { poolName } from "./format";
export { poolQueries } from "./poolQueries";
export type { Pool } from "./types";
export { DeletePoolDialog } from "./DeletePoolDialog";
export type { DeletePoolOutcome } from "./useDeletePool";
