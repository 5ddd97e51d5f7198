import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Ref } from "react";
import type { TargetKind } from "./types";

const kinds: { value: TargetKind; label: string }[] = [
  { value: "includeGroup", label: "Include a group" },
  { value: "excludeGroup", label: "Exclude a group" },
  { value: "allDevices", label: "All devices" },
  { value: "allLicensedUsers", label: "All licensed users" },
];

const broadTargetNote =
  "Intune documents eSIM targeting for device groups only; all devices or all licensed users may not get eSIM profiles as expected.";

export interface TargetKindFieldProps {
  value: TargetKind;
  onChange: (kind: TargetKind) => void;
  error?: string;
  disabled?: boolean;
  groupRef?: Ref<HTMLDivElement>;
}

function isTargetKind(value: string): value is TargetKind {
  return kinds.some((kind) => kind.value === value);
}

export function TargetKindField({
  value,
  onChange,
  error,
  disabled,
  groupRef,
}: TargetKindFieldProps) {
  const broad = value === "allDevices" || value === "allLicensedUsers";
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
        {kinds.map((kind) => (
          <Radio key={kind.value} value={kind.value} label={kind.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
