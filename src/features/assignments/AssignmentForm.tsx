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
import { z } from "../../zod";
import { useDraftSnapshot, useRestoredDraft } from "../../auth/interactionDrafts";
import { useGraph } from "../../graph/GraphContext";
import {
  GroupAccessNote,
  GroupPicker,
  groupSchema,
  useGroupAccess,
  type Group,
} from "../../groups";
import { assignmentQueries } from "./assignmentQueries";
import { CreateRunOutcome } from "./CreateRunOutcome";
import { GroupIdField } from "./GroupIdField";
import { TargetKindField } from "./TargetKindField";
import { needsGroup, targetKinds, type Assignment, type TargetKind } from "./types";
import { isPoolNotFound, useCreateAssignments } from "./useCreateAssignments";
import {
  conflictErrors,
  findConflict,
  validateAssignment,
  type AssignmentErrors,
} from "./validateAssignment";

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
  groups: z.array(groupSchema).max(500).default([]),
});

const notLoaded =
  "The pool's current assignments have not loaded yet, so duplicates cannot be checked. Wait for the list above (or load it again), then assign.";

export interface AssignmentFormProps {
  poolId: string;
  /** Graph answered 404 for the pool's assignments: the pool has probably been deleted. */
  onPoolNotFound?: () => void;
}

/** Why a group cannot be picked for this pool again, as the picker shows it. */
function assignedAs(current: Assignment[] | undefined, groupId: string): string | undefined {
  const existing = current?.find(
    ({ target }) => "groupId" in target && target.groupId.toLowerCase() === groupId,
  )?.target.kind;
  if (existing === "includeGroup") return "Already included";
  if (existing === "excludeGroup") return "Already excluded";
  return undefined;
}

/**
 * Adds targets to a pool: groups picked by name (or by object id when group names cannot be
 * read), or a tenant-wide target. Checks the input and the pool's current assignments first.
 */
export function AssignmentForm({ poolId, onPoolNotFound }: AssignmentFormProps) {
  const styles = useStyles();
  const graph = useGraph();
  const current = useQuery(assignmentQueries.list(graph, poolId)).data;
  const { access } = useGroupAccess();
  const byName = access.status !== "denied";
  const { run, start, isRunning } = useCreateAssignments(poolId);
  const draftKey = `assignment-form:${poolId}`;
  const draft = useRestoredDraft(draftKey, assignmentDraftSchema);
  const [kind, setKind] = useState<TargetKind>(draft?.kind ?? "includeGroup");
  const [groupId, setGroupId] = useState(draft?.groupId ?? "");
  const [groups, setGroups] = useState<Group[]>(draft?.groups ?? []);
  useDraftSnapshot(draftKey, { kind, groupId, groups });
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

  const pickedTargets = () => {
    if (!needsGroup(kind)) return validateAssignment({ kind, groupId: "" }, current ?? []);
    if (!byName) return validateAssignment({ kind, groupId }, current ?? []);
    if (groups.length === 0) {
      return { ok: false as const, errors: { groupId: "Pick at least one group." } };
    }
    for (const group of groups) {
      const conflict = findConflict({ kind, groupId: group.id }, current ?? []);
      if (conflict) {
        return { ok: false as const, errors: { groupId: `${group.displayName}: ${conflict}` } };
      }
    }
    return { ok: true as const, targets: groups.map((group) => ({ kind, groupId: group.id })) };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current) return;
    const checked = pickedTargets();
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    if (!current) {
      setErrors({ form: notLoaded });
      return;
    }
    setErrors({});
    submitting.current = true;
    const targets = "targets" in checked ? checked.targets : [checked.target];
    const sentField = groupId;
    void start(targets)
      .then((results) => {
        const created = new Set(
          results.flatMap((result) =>
            result.status === "created" && "groupId" in result.target
              ? [result.target.groupId]
              : [],
          ),
        );
        setGroups((now) => now.filter((group) => !created.has(group.id)));
        const [only] = results;
        if (only?.status === "created") setGroupId((now) => (now === sentField ? "" : now));
        if (results.length === 1 && only?.status === "refused") {
          showErrors(conflictErrors(only.target, only.reason));
        }
        if (results.some((result) => result.status === "failed" && isPoolNotFound(result.error))) {
          onPoolNotFound?.();
        }
      })
      .finally(() => {
        submitting.current = false;
      });
  };

  const groupField = byName ? (
    <GroupPicker
      label={kind === "excludeGroup" ? "Groups to exclude" : "Groups to include"}
      selected={groups}
      onChange={(next) => {
        setGroups(next);
        setErrors({});
      }}
      blockedReason={(id) => assignedAs(current, id)}
      error={errors.groupId}
      inputRef={groupRef}
    />
  ) : (
    <GroupIdField
      value={groupId}
      onChange={(next) => {
        setGroupId(next);
        setErrors({});
      }}
      error={errors.groupId}
      inputRef={groupRef}
    />
  );

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
        <>
          {groupField}
          <GroupAccessNote context="search" />
        </>
      )}
      {errors.form && (
        <MessageBar intent="warning">
          <MessageBarBody>{errors.form}</MessageBarBody>
        </MessageBar>
      )}
      {run && <CreateRunOutcome run={run} listRefusals={run.results.length > 1} />}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={isRunning}
          icon={isRunning ? <Spinner size="tiny" /> : undefined}
        >
          Assign
        </Button>
      </div>
    </form>
  );
}
