import { KNOWN_DEVICE_STATES, type KnownDeviceState } from "./types";

/** The admin center's words for each state. */
const STATE_LABELS: Record<KnownDeviceState, string> = {
  notEvaluated: "Not synced",
  installing: "Pending",
  installed: "Active",
  failed: "Failed",
  error: "Error",
  deleting: "Removing",
  deleted: "Removed",
  removedByUser: "Removed by user",
};

export function isKnownState(state: string): state is KnownDeviceState {
  return (KNOWN_DEVICE_STATES as readonly string[]).includes(state);
}

/** An unknown value (a state Graph added later) shows as itself. */
export function stateLabel(state: string): string {
  return isKnownState(state) ? STATE_LABELS[state] : state;
}

/** Failed and Error are the states an admin must act on. */
export const PROBLEM_STATES: readonly KnownDeviceState[] = ["failed", "error"];

/** Codes are single-use: a device holds one as soon as Intune hands it out, whatever happens next. */
export function usesCode(state: string): boolean {
  return state !== "notEvaluated";
}
