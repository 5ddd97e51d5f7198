import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeTarget } from "./describeTarget";
import type { Assignment } from "./types";

/** The assignment exactly as Graph returned it. */
export function AssignmentResult({ assignment }: { assignment: Assignment }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Assignment created</MessageBarTitle>
        {describeTarget(assignment.target)}, assignment id {assignment.id}
      </MessageBarBody>
    </MessageBar>
  );
}
