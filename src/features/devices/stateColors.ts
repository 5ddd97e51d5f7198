import { tokens } from "@fluentui/react-components";
import { isKnownState } from "./deviceStateNames";
import type { KnownDeviceState } from "./types";

const COLORS: Record<KnownDeviceState, string> = {
  notEvaluated: tokens.colorBrandBackground,
  installing: tokens.colorPaletteMarigoldBackground3,
  installed: tokens.colorPaletteGreenBackground3,
  failed: tokens.colorPaletteRedBackground3,
  error: tokens.colorPaletteDarkOrangeBackground3,
  deleting: tokens.colorPaletteBerryBackground3,
  deleted: tokens.colorNeutralForeground3,
  removedByUser: tokens.colorNeutralStrokeAccessible,
};

/** The chart colour of a state; the table beside the chart names each one in words. */
export function stateColor(state: string): string {
  return isKnownState(state) ? COLORS[state] : tokens.colorNeutralForeground4;
}
