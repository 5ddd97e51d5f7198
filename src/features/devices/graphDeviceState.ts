import { z } from "../../zod";
import { foldForSearch } from "./foldForSearch";
import type { DeviceStateRow } from "./types";

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? "");

/**
 * embeddedSIMDeviceState as Graph sends it, straight into the small row the screens keep. Only
 * `id` and `state` are required; an unreadable date reads as "never checked in".
 */
export const graphDeviceStateSchema = z
  .object({
    id: z.string().min(1),
    deviceName: text,
    userName: text,
    state: z.string().min(1),
    stateDetails: text,
    lastSyncDateTime: z.string().nullish(),
    universalIntegratedCircuitCardIdentifier: text,
  })
  .transform((device): DeviceStateRow => ({
    id: device.id,
    deviceName: device.deviceName,
    userName: device.userName,
    state: device.state,
    stateDetails: device.stateDetails,
    lastSyncMs: toEpochMs(device.lastSyncDateTime),
    uiccid: device.universalIntegratedCircuitCardIdentifier,
    searchKey: foldForSearch(`${device.deviceName}\n${device.userName}`),
  }));

function toEpochMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  // Graph's "never": 0001-01-01T00:00:00Z.
  return Number.isNaN(ms) || ms <= 0 ? null : ms;
}
