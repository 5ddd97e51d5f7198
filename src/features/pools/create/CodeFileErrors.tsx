import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { formatNumber } from "../format";
import { CodeFileProblems } from "./CodeFileProblems";
import type { CodeFileProblem } from "./types";

/** A file with any error: nothing from it can be uploaded. */
export function CodeFileErrors({
  fileName,
  errors,
}: {
  fileName: string;
  errors: CodeFileProblem[];
}) {
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {errors.length === 1
              ? "1 problem in the file"
              : `${formatNumber(errors.length)} problems in the file`}
          </MessageBarTitle>
          Nothing can be uploaded from it. Fix each line below, save the file and choose it again.
        </MessageBarBody>
      </MessageBar>
      <CodeFileProblems label={`Problems in ${fileName}`} problems={errors} />
    </>
  );
}
