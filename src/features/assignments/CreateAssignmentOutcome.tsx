import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { describeTarget } from "./describeTarget";
import type { Assignment } from "./types";
import { GraphErrorBar } from "../../components";
import { isAssignmentConflictError, isDuplicateCheckError } from "./assignmentErrors";
import { mayHaveBeenStored } from "./createOutcome";
import type { useCreateAssignment } from "./useCreateAssignment";

/** What became of the last create; a conflict is shown at its field by the form instead. */
export function CreateAssignmentOutcome({
  mutation,
}: {
  mutation: ReturnType<typeof useCreateAssignment>;
}) {
  if (mutation.isSuccess) {
    return <AssignmentResult key={mutation.data.id} assignment={mutation.data} />;
  }
  if (!mutation.isError || isAssignmentConflictError(mutation.error)) return null;
  if (isDuplicateCheckError(mutation.error)) {
    return (
      <GraphErrorBar
        key={mutation.submittedAt}
        title="The assignment was not created: the pool's assignments could not be checked"
        error={mutation.error.cause}
        describe={{ notFound: "This pool no longer exists, so nothing was assigned." }}
      />
    );
  }
  return (
    <GraphErrorBar
      key={mutation.submittedAt}
      title={
        mayHaveBeenStored(mutation.error)
          ? "The assignment may or may not have been created"
          : "The assignment was not created"
      }
      error={mutation.error}
      describe={{
        access: "write",
        notFound: "Microsoft Graph found no such pool or group, so nothing was assigned.",
      }}
    />
  );
}

/** The assignment exactly as Graph returned it. */
function AssignmentResult({ assignment }: { assignment: Assignment }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Assignment created</MessageBarTitle>
        {describeTarget(assignment.target)}, assignment id {assignment.id}
      </MessageBarBody>
    </MessageBar>
  );
}
