import { Field, Input } from "@fluentui/react-components";
import type { Ref } from "react";

export interface GroupIdFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function GroupIdField({ value, onChange, error, inputRef }: GroupIdFieldProps) {
  return (
    <Field
      label="Group object id"
      required
      validationMessage={error}
      hint="The Microsoft Entra object id of the device group, like 0f8fad5b-d9cb-469f-a165-70867728950e."
    >
      <Input
        ref={inputRef}
        value={value}
        onChange={(_, data) => onChange(data.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </Field>
  );
}
