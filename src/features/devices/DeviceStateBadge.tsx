import { Badge, type BadgeProps } from "@fluentui/react-components";
import {
  ArrowSyncCircleRegular,
  CheckmarkCircleRegular,
  DeleteRegular,
  DismissCircleRegular,
  ErrorCircleRegular,
  PersonDeleteRegular,
  QuestionCircleRegular,
  SubtractCircleRegular,
} from "@fluentui/react-icons";
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
