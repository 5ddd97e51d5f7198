import {
  Button,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { EmptyState, GraphErrorBar } from "../../components";
import { useGraph } from "../../graph/GraphContext";
import { GroupAccessNote, useGroupNames } from "../../groups";
import { assignmentQueries } from "./assignmentQueries";
import { AssignmentTargetCell, targetWords } from "./AssignmentTargetCell";
import { CopyButton } from "./CopyButton";
import { RemoveAssignmentDialog } from "./RemoveAssignmentDialog";
import type { Assignment } from "./types";
import type { RemoveOutcome } from "./useDeleteAssignment";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  id: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-all",
  },
  skeleton: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function modeOf({ target }: Assignment): string {
  if (target.kind === "excludeGroup") return "Excluded";
  return target.kind === "other" ? "—" : "Included";
}

/** The pool's current assignments: each target by name, with its ids and a way to remove it. */
export function AssignmentTable({ poolId }: { poolId: string }) {
  const styles = useStyles();
  const graph = useGraph();
  const query = useQuery(assignmentQueries.list(graph, poolId));
  const assignments = query.data ?? [];
  const groupIds = assignments.flatMap(({ target }) =>
    "groupId" in target ? [target.groupId] : [],
  );
  const names = useGroupNames(groupIds);
  const [removing, setRemoving] = useState<Assignment>();
  // Cancel or Escape puts focus back on the row's Remove button.
  const restoreFocusHere = useRestoreFocusTarget();
  const [said, setSaid] = useState<{ intent: "success" | "info"; text: string }>();
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const saidRef = useRef<HTMLDivElement>(null);
  // After a removal the row's button is gone: focus the next row's (or the previous), else the message.
  const focusRowAt = useRef<number | undefined>(undefined);
  const rows = query.data;

  useEffect(() => {
    const index = focusRowAt.current;
    if (index === undefined || removing) return;
    focusRowAt.current = undefined;
    const ids = (rows ?? []).map(({ id }) => id);
    const next = ids[index] ?? ids[index - 1];
    const target = (next && removeButtons.current.get(next)) || saidRef.current;
    // After the dialog's own focus handling, which aims at the button that no longer exists.
    const frame = requestAnimationFrame(() => target?.focus());
    return () => cancelAnimationFrame(frame);
  }, [rows, removing]);

  if (query.isPending) {
    return (
      <Skeleton aria-label="Loading assignments" className={styles.skeleton}>
        <SkeletonItem />
        <SkeletonItem />
      </Skeleton>
    );
  }

  const onRemoved = (outcome: RemoveOutcome) => {
    if (!removing) return;
    const words = targetWords(removing.target, nameOf(removing));
    setSaid(
      outcome === "removed"
        ? { intent: "success", text: `Removed: ${words}.` }
        : {
            intent: "info",
            text: `${words} was already removed (by another admin or tab). The list is up to date.`,
          },
    );
    focusRowAt.current = assignments.findIndex(({ id }) => id === removing.id);
    setRemoving(undefined);
  };
  const nameOf = ({ target }: Assignment) =>
    "groupId" in target ? names.get(target.groupId) : undefined;

  const errorBar = query.isError && (
    <GraphErrorBar
      title="The assignments could not be loaded"
      error={query.error}
      describe={{ notFound: "This pool no longer exists." }}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
  const message = said && (
    <div ref={saidRef} tabIndex={-1}>
      <MessageBar intent={said.intent}>
        <MessageBarBody>{said.text}</MessageBarBody>
      </MessageBar>
    </div>
  );
  if (!query.data) return errorBar;
  if (assignments.length === 0) {
    return (
      <div className={styles.root}>
        {errorBar}
        {message}
        <EmptyState title="Not assigned yet" headingLevel="h3">
          No device gets an activation code from this pool until you assign it to a device group
          below.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {errorBar}
      {message}
      {groupIds.length > 0 && <GroupAccessNote context="names" />}
      {Boolean(names.error) && (
        <GraphErrorBar
          title="Group names could not be loaded"
          error={names.error}
          onRetry={names.retry}
        />
      )}
      <Table aria-label="Current assignments" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Target</TableHeaderCell>
            <TableHeaderCell>Included or excluded</TableHeaderCell>
            <TableHeaderCell>Group id</TableHeaderCell>
            <TableHeaderCell>Assignment id</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {assignments.map((assignment) => {
            const name = nameOf(assignment);
            const { target } = assignment;
            return (
              <TableRow key={assignment.id}>
                <TableCell>
                  <AssignmentTargetCell target={target} name={name} />
                </TableCell>
                <TableCell>{modeOf(assignment)}</TableCell>
                <TableCell>
                  {"groupId" in target ? (
                    <span className={styles.id}>
                      {target.groupId}
                      <CopyButton value={target.groupId} what="group id" />
                    </span>
                  ) : (
                    "—"
                  )}
                </TableCell>
                <TableCell>
                  <span className={styles.id}>{assignment.id}</span>
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    {...restoreFocusHere}
                    ref={(element) => {
                      if (element instanceof HTMLButtonElement) {
                        removeButtons.current.set(assignment.id, element);
                      } else removeButtons.current.delete(assignment.id);
                    }}
                    aria-label={`Remove ${targetWords(target, name)}`}
                    onClick={() => {
                      setSaid(undefined);
                      setRemoving(assignment);
                    }}
                  >
                    Remove
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <RemoveAssignmentDialog
        poolId={poolId}
        assignment={removing}
        targetName={removing ? targetWords(removing.target, nameOf(removing)) : ""}
        onClose={() => setRemoving(undefined)}
        onRemoved={onRemoved}
      />
    </div>
  );
}
