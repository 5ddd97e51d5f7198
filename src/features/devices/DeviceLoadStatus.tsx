import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { GraphErrorBar } from "../../components";
import { formatNumber } from "../pools/format";
import type { DeviceStateLoad, DeviceStates } from "./deviceStateLoad";

const useStyles = makeStyles({
  progress: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function devicesLoadedText(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? "device" : "devices"} loaded`;
}

/**
 * While pages arrive: "12,000 devices loaded…". When a page fails: what is shown and what is
 * missing, the request id, and Try again, which continues from the page that failed.
 */
export function DeviceLoadStatus({
  load,
  states,
}: {
  load: DeviceStateLoad;
  states: DeviceStates;
}) {
  const styles = useStyles();
  if (states.status === "failed") {
    const loaded = states.count > 0;
    return (
      <GraphErrorBar
        title={loaded ? "Not every device could be loaded" : "The devices could not be loaded"}
        error={states.error}
        onRetry={() => load.start()}
      >
        {loaded &&
          `${devicesLoadedText(states.count)}; the rest are missing from the list and the counts. Try again continues from where loading stopped.`}
      </GraphErrorBar>
    );
  }
  if (states.status === "loading" || states.status === "idle") {
    return (
      <div className={styles.progress}>
        <Spinner size="extra-tiny" />
        <span>{`${devicesLoadedText(states.count)}…`}</span>
      </div>
    );
  }
  return null;
}
