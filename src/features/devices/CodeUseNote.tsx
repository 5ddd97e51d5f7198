import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { formatNumber } from "../pools/format";
import type { CodeUse } from "./codesInUse";

const plural = (count: number, noun: string) =>
  `${formatNumber(count)} ${noun}${count === 1 ? "" : "s"}`;

/** "832 of 1,000 codes in use, 168 left", why, and a warning when fewer than 10% are left. */
export function CodeUseNote({ use, complete }: { use: CodeUse; complete: boolean }) {
  const soFar = complete ? "" : " so far";
  const headline =
    use.total === null
      ? `${plural(use.inUse, "code")} in use${soFar}; the pool's size is unknown.`
      : `${formatNumber(use.inUse)} of ${plural(use.total, "code")} in use${soFar}, ${formatNumber(use.left ?? 0)} left.`;
  return (
    <>
      <Body1 as="p">
        <strong>{headline}</strong> Codes are single-use: every device Intune has handed a code to
        holds it, whatever its state now. Only devices that are not synced yet hold none.
      </Body1>
      {use.runningLow && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This pool is running low</MessageBarTitle>
            {use.left === 0 ? "No codes are left" : `Only ${plural(use.left ?? 0, "code")} left`},
            under 10% of the pool. Intune cannot add codes to a pool: ask the mobile operator for a
            new list, then replace this pool with one holding every code, old and new.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
