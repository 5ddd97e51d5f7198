import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { useDraftSnapshot, useRestoredDraft } from "../../auth/interactionDrafts";
import { useGraph } from "../../graph/GraphContext";
import { isGraphError } from "../../graph/GraphError";
import { isAssignmentConflictError, isDuplicateCheckError } from "./assignmentErrors";
import { assignmentQueries } from "./assignmentQueries";
import { CreateAssignmentOutcome } from "./CreateAssignmentOutcome";
import { GroupIdField } from "./GroupIdField";
import { TargetKindField } from "./TargetKindField";
import { needsGroup, targetKinds, type TargetKind } from "./types";
import { useCreateAssignment } from "./useCreateAssignment";
import { conflictErrors, validateAssignment, type AssignmentErrors } from "./validateAssignment";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    maxWidth: "560px",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const assignmentDraftSchema = z.object({
  kind: z.enum(targetKinds),
  groupId: z.string().max(200),
});

function isNotFound(error: unknown): boolean {
  const graphError = isDuplicateCheckError(error) ? error.cause : error;
  return isGraphError(graphError) && graphError.status === 404;
}

const notLoaded =
  "The pool's current assignments have not loaded yet, so duplicates cannot be checked. Wait for the list above (or load it again), then assign.";

export interface AssignmentFormProps {
  poolId: string;
  /** Graph answered 404 for the pool's assignments: the pool has probably been deleted. */
  onPoolNotFound?: () => void;
}

/** Adds one target to a pool; checks the input and the pool's current assignments first. */
export function AssignmentForm({ poolId, onPoolNotFound }: AssignmentFormProps) {
  const styles = useStyles();
  const graph = useGraph();
  const current = useQuery(assignmentQueries.list(graph, poolId)).data;
  const mutation = useCreateAssignment(poolId);
  const draftKey = `assignment-form:${poolId}`;
  const draft = useRestoredDraft(draftKey, assignmentDraftSchema);
  const [kind, setKind] = useState<TargetKind>(draft?.kind ?? "includeGroup");
  const [groupId, setGroupId] = useState(draft?.groupId ?? "");
  useDraftSnapshot(draftKey, { kind, groupId });
  const [errors, setErrors] = useState<AssignmentErrors & { form?: string }>({});
  const kindRef = useRef<HTMLDivElement>(null);
  const groupRef = useRef<HTMLInputElement>(null);
  // State updates land after the next render; a second click or Enter in the same tick must not post again.
  const submitting = useRef(false);

  const showErrors = (next: AssignmentErrors) => {
    setErrors(next);
    if (next.kind) kindRef.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
    else groupRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    const result = validateAssignment({ kind, groupId }, current ?? []);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    if (!current) {
      setErrors({ form: notLoaded });
      return;
    }
    setErrors({});
    submitting.current = true;
    const sent = groupId;
    mutation.mutate(result.target, {
      onSuccess: () => setGroupId((now) => (now === sent ? "" : now)),
      onError: (error) => {
        if (isAssignmentConflictError(error))
          showErrors(conflictErrors(error.target, error.message));
        else if (isNotFound(error)) onPoolNotFound?.();
      },
      onSettled: () => {
        submitting.current = false;
      },
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <TargetKindField
        value={kind}
        onChange={(next) => {
          setKind(next);
          setErrors({});
        }}
        error={errors.kind}
        groupRef={kindRef}
      />
      {needsGroup(kind) && (
        <GroupIdField
          value={groupId}
          onChange={(next) => {
            setGroupId(next);
            setErrors({});
          }}
          error={errors.groupId}
          inputRef={groupRef}
        />
      )}
      {errors.form && (
        <MessageBar intent="warning">
          <MessageBarBody>{errors.form}</MessageBarBody>
        </MessageBar>
      )}
      <CreateAssignmentOutcome mutation={mutation} />
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={mutation.isPending}
          icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
        >
          Assign
        </Button>
      </div>
    </form>
  );
}
