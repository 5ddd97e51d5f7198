import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Ref } from "react";
import { isTargetKind, needsGroup, targetKinds, type TargetKind } from "./types";

const labels: Record<TargetKind, string> = {
  includeGroup: "Include a group",
  excludeGroup: "Exclude a group",
  allDevices: "All devices",
  allLicensedUsers: "All licensed users",
};

const broadTargetNote =
  "Intune documents eSIM targeting for device groups only; all devices or all licensed users may not get eSIM profiles as expected.";

export interface TargetKindFieldProps {
  value: TargetKind;
  onChange: (kind: TargetKind) => void;
  error?: string;
  disabled?: boolean;
  groupRef?: Ref<HTMLDivElement>;
}

export function TargetKindField({
  value,
  onChange,
  error,
  disabled,
  groupRef,
}: TargetKindFieldProps) {
  const broad = !needsGroup(value);
  return (
    <Field
      label="Target"
      required
      validationMessage={error}
      hint={broad ? broadTargetNote : undefined}
    >
      <RadioGroup
        ref={groupRef}
        value={value}
        disabled={disabled}
        onChange={(_, data) => {
          if (isTargetKind(data.value)) onChange(data.value);
        }}
      >
        {targetKinds.map((kind) => (
          <Radio key={kind} value={kind} label={labels[kind]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
