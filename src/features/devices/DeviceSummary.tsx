import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDeferredValue, useMemo } from "react";
import { EmptyState, RouterLink } from "../../components";
import { formatNumber } from "../pools/format";
import { codeUse } from "./codesInUse";
import { CodeUseNote } from "./CodeUseNote";
import { countStates, stateCountList } from "./countStates";
import { DeviceLoadStatus } from "./DeviceLoadStatus";
import { useDeviceStates, type DeviceStateLoad } from "./deviceStateLoad";
import { PROBLEM_STATES } from "./deviceStateNames";
import { withDeviceListParams } from "./deviceFilterParams";
import { StateBreakdown } from "./StateBreakdown";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export interface DeviceSummaryProps {
  load: DeviceStateLoad;
  /** Where the pool's device list is, e.g. /pools/{id}/devices. */
  devicesPath: string;
  activationCodeCount: number | null;
}

/** The overview's answer to "did it work?": states, codes left, and the devices that failed. */
export function DeviceSummary({ load, devicesPath, activationCodeCount }: DeviceSummaryProps) {
  const styles = useStyles();
  // Deferred: a render that a newer page has overtaken is dropped.
  const states = useDeferredValue(useDeviceStates(load));
  const counts = useMemo(() => countStates(states.pages), [states.pages]);
  const complete = states.status === "complete";

  if (complete && states.count === 0) {
    return (
      <EmptyState title="No device has checked in for this pool yet" headingLevel="h3">
        Devices appear here once an assignment targets them and they check in with Intune.
      </EmptyState>
    );
  }
  const problems = PROBLEM_STATES.map((state) => counts.get(state) ?? 0);
  const [failed = 0, errors = 0] = problems;
  const problemLink = `${devicesPath}?${withDeviceListParams(new URLSearchParams(), { states: PROBLEM_STATES })}`;

  return (
    <div className={styles.root}>
      <DeviceLoadStatus load={load} states={states} />
      {states.count > 0 && (
        <>
          <CodeUseNote use={codeUse(counts, activationCodeCount)} complete={complete} />
          {failed + errors > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {`${formatNumber(failed)} failed, ${formatNumber(errors)} with an error`}
                </MessageBarTitle>
                These devices did not get their eSIM profile.{" "}
                <RouterLink to={problemLink} inline>
                  See the failed and error devices, and why
                </RouterLink>
              </MessageBarBody>
            </MessageBar>
          )}
          <StateBreakdown counts={stateCountList(counts)} total={states.count} />
        </>
      )}
    </div>
  );
}
