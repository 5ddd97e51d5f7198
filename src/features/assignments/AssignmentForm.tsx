import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { useDraftSnapshot, useRestoredDraft } from "../../auth/useInteractionDraft";
import { GraphErrorBar } from "../../components";
import { useGraph } from "../../graph/GraphContext";
import { assignmentQueries } from "./assignmentQueries";
import { AssignmentResult } from "./AssignmentResult";
import { mayHaveBeenStored } from "./createOutcome";
import { TargetKindField } from "./TargetKindField";
import type { TargetKind } from "./types";
import { useCreateAssignment } from "./useCreateAssignment";
import { needsGroup, validateAssignment, type AssignmentErrors } from "./validateAssignment";

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
  kind: z.enum(["includeGroup", "excludeGroup", "allDevices", "allLicensedUsers"]),
  groupId: z.string().max(200),
});

const notLoaded =
  "The pool's current assignments have not loaded yet, so duplicates cannot be checked. Wait for the list above (or load it again), then assign.";

/** Adds one target to a pool; checks the input and the pool's current assignments first. */
export function AssignmentForm({ poolId }: { poolId: string }) {
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    const result = validateAssignment({ kind, groupId }, current ?? []);
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors.kind)
        kindRef.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
      else groupRef.current?.focus();
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
        <Field
          label="Group object id"
          required
          validationMessage={errors.groupId}
          hint="The Microsoft Entra object id of the device group, like 0f8fad5b-d9cb-469f-a165-70867728950e."
        >
          <Input
            ref={groupRef}
            value={groupId}
            onChange={(_, data) => {
              setGroupId(data.value);
              setErrors({});
            }}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
      )}
      {errors.form && (
        <MessageBar intent="warning">
          <MessageBarBody>{errors.form}</MessageBarBody>
        </MessageBar>
      )}
      {mutation.isError && (
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
            notFound: "This pool no longer exists, so nothing was assigned.",
          }}
        />
      )}
      {mutation.isSuccess && <AssignmentResult key={mutation.data.id} assignment={mutation.data} />}
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
