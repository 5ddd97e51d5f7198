export { PoolPage } from "./PoolPage";
export { PoolsPage } from "./PoolsPage";
