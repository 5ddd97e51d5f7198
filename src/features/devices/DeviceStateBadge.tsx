import { Badge, type BadgeProps } from "@fluentui/react-components";
// One module per icon: importing the package's index would make the dev server pre-bundle
// every Fluent icon (17 MB) into the chunk each page loads.
import { ArrowSyncCircleRegular } from "@fluentui/react-icons/svg/arrow-sync-circle";
import { CheckmarkCircleRegular } from "@fluentui/react-icons/svg/checkmark-circle";
import { DeleteRegular } from "@fluentui/react-icons/svg/delete";
import { DismissCircleRegular } from "@fluentui/react-icons/svg/dismiss-circle";
import { ErrorCircleRegular } from "@fluentui/react-icons/svg/error-circle";
import { PersonDeleteRegular } from "@fluentui/react-icons/svg/person-delete";
import { QuestionCircleRegular } from "@fluentui/react-icons/svg/question-circle";
import { SubtractCircleRegular } from "@fluentui/react-icons/svg/subtract-circle";
import type { JSX } from "react";
import { isKnownState, stateLabel } from "./deviceStateNames";
import type { KnownDeviceState } from "./types";

type Look = { color: NonNullable<BadgeProps["color"]>; Icon: () => JSX.Element };

const LOOKS: Record<KnownDeviceState, Look> = {
  notEvaluated: { color: "informative", Icon: () => <SubtractCircleRegular /> },
  installing: { color: "warning", Icon: () => <ArrowSyncCircleRegular /> },
  installed: { color: "success", Icon: () => <CheckmarkCircleRegular /> },
  failed: { color: "danger", Icon: () => <DismissCircleRegular /> },
  error: { color: "danger", Icon: () => <ErrorCircleRegular /> },
  deleting: { color: "subtle", Icon: () => <DeleteRegular /> },
  deleted: { color: "subtle", Icon: () => <DeleteRegular /> },
  removedByUser: { color: "subtle", Icon: () => <PersonDeleteRegular /> },
};
const UNKNOWN: Look = { color: "subtle", Icon: () => <QuestionCircleRegular /> };

/** Icon and words, never colour alone. */
export function DeviceStateBadge({ state }: { state: string }) {
  const { color, Icon } = isKnownState(state) ? LOOKS[state] : UNKNOWN;
  return (
    <Badge appearance="tint" color={color} icon={<Icon />}>
      {stateLabel(state)}
    </Badge>
  );
}
