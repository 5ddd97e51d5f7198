/**
 * What the bench looks for on the app's screens: only what a person sees or a screen reader
 * hears (grid names, row links, the status line), so it survives changes inside the app.
 */
const poolGrid = '[aria-label="Activation code pools"]';
export const deviceGrid = '[aria-label="Devices"]';

export const selectors = {
  /** A row of the pool grid that holds a link (the header row does not); the floor's rows too. */
  poolRow: `${poolGrid} [role="row"]:has(a[href])`,
  /** A row of the device grid with cells (not the header row). */
  deviceRow: `${deviceGrid} [role="row"]:has([role="gridcell"])`,
  status: '[role="status"]',
};

/** The status line next to each filter: "60 pools", "12 of 5,000 pools", "50,000 devices". */
export const poolCountStatus = /\bpools?$/;
export const deviceCountStatus = /\bdevices?$/;

const numbers = new Intl.NumberFormat("en-US");
/** The status line once a whole unfiltered list is in (the bench's pages use en-US). */
export const allPoolsText = (count: number) => `${numbers.format(count)} pools`;
export const allDevicesText = (count: number) => `${numbers.format(count)} devices`;

export const routes = {
  pools: "/pools",
  pool: (poolId: string) => `/pools/${encodeURIComponent(poolId)}`,
  devices: (poolId: string) => `/pools/${encodeURIComponent(poolId)}/devices`,
  assignments: (poolId: string) => `/pools/${encodeURIComponent(poolId)}/assignments`,
};
