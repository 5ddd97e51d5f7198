import { startTransition, useEffect, useState } from "react";
import type { DeviceStateLoad, DeviceStates } from "./deviceStateLoad";

/** Room between two catch-up renders for the browser to paint and answer input. */
const CATCH_UP_GAP_MS = 100;

/**
 * What has loaded so far, handed to the screen no faster than it draws it: the next snapshot is
 * taken only once the last one is on screen. Pages can arrive faster than a slow device renders
 * tens of thousands of rows; a render each newer page overtook (useDeferredValue's way) left the
 * list empty until nearly every page was in. Starts (or continues) the load, as useDeviceStates.
 */
export function usePacedDeviceStates(load: DeviceStateLoad): DeviceStates {
  const [shown, setShown] = useState(load.getSnapshot);

  useEffect(() => load.start(), [load]);

  // Runs again after each commit of a new snapshot: only then may the next one go.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const catchUp = () => {
      if (timer !== undefined) return;
      // A snapshot equal to the one shown renders nothing, so the effect does not run again:
      // the next change must still get through.
      const next = () => {
        timer = undefined;
        setShown(load.getSnapshot());
      };
      // The first rows at once and in one go, not sliced between the parsing of later pages.
      timer =
        shown.count === 0
          ? setTimeout(next, 0)
          : setTimeout(() => startTransition(next), CATCH_UP_GAP_MS);
    };
    if (load.getSnapshot() !== shown) catchUp();
    const unsubscribe = load.subscribe(catchUp);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [load, shown]);

  return shown;
}
