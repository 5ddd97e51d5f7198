import {
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { formatNumber } from "../format";
import { CodeFileProblems } from "./CodeFileProblems";
import type { CodeFileProblem } from "./types";

export interface CheckDigitConfirmationProps {
  fileName: string;
  warnings: CodeFileProblem[];
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  /** The admin tried to upload without confirming. */
  showError: boolean;
  disabled: boolean;
}

/** ICCIDs failing the Luhn check: Graph takes them, so the admin confirms they are right. */
export function CheckDigitConfirmation(props: CheckDigitConfirmationProps) {
  const { warnings } = props;
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {warnings.length === 1
              ? "1 ICCID fails its check digit"
              : `${formatNumber(warnings.length)} ICCIDs fail their check digit`}
          </MessageBarTitle>
          Graph accepts them, but a mistyped ICCID never installs. Check them with the operator
          before uploading.
        </MessageBarBody>
      </MessageBar>
      <CodeFileProblems
        label={`Check digits to confirm in ${props.fileName}`}
        problems={warnings}
      />
      <Field
        validationMessage={
          props.showError && !props.confirmed ? "Confirm that you have checked them." : undefined
        }
      >
        <Checkbox
          checked={props.confirmed}
          disabled={props.disabled}
          onChange={(_, data) => props.onConfirmedChange(data.checked === true)}
          label="I have checked these codes with the operator"
        />
      </Field>
    </>
  );
}
