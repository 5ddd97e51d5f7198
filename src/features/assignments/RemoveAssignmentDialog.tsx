import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { BusyDialogSurface, GraphErrorBar } from "../../components";
import type { Assignment, AssignmentTarget } from "./types";
import { useDeleteAssignment, type RemoveOutcome } from "./useDeleteAssignment";

const useStyles = makeStyles({
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  target: { fontWeight: tokens.fontWeightSemibold },
});

export interface RemoveAssignmentDialogProps {
  poolId: string;
  /** The assignment to remove; undefined keeps the dialog closed. */
  assignment: Assignment | undefined;
  /** How the caller names the target, e.g. "Included group Spare Devices" or "All devices". */
  targetName: string;
  onClose: () => void;
  /** The caller closes the dialog, says what happened and moves focus. */
  onRemoved: (outcome: RemoveOutcome) => void;
}

const lostAtCheckIn =
  "devices that already installed an eSIM profile from it lose it at their next check-in, unless another assignment of this pool still includes them";

/** What removing an assignment does to devices, in the words of its target. */
function consequence(target: AssignmentTarget): string {
  switch (target.kind) {
    case "includeGroup":
      return `Devices in this group stop getting activation codes from this pool, and ${lostAtCheckIn}.`;
    case "excludeGroup":
      return "Devices in this group are no longer kept out of this pool: they may start getting activation codes from it if another assignment includes them.";
    case "allDevices":
      return `Devices stop getting activation codes from this pool through this assignment, and ${lostAtCheckIn}.`;
    case "allLicensedUsers":
      return `Licensed users' devices stop getting activation codes from this pool through this assignment, and ${lostAtCheckIn}.`;
    case "other":
      return `Devices this target covers stop getting activation codes from this pool, and ${lostAtCheckIn}.`;
  }
}

/** Asks before removing one assignment; a failure stays inside the dialog, which stays open. */
export function RemoveAssignmentDialog({ onClose, ...props }: RemoveAssignmentDialogProps) {
  return (
    <Dialog
      modalType="modal"
      open={props.assignment !== undefined}
      onOpenChange={(_, { open }) => {
        if (!open) onClose();
      }}
    >
      <RemoveAssignmentSurface onClose={onClose} {...props} />
    </Dialog>
  );
}

/**
 * Fluent mounts this when the dialog opens and unmounts it once it has closed, so each opening
 * starts with a fresh mutation. While it animates out the caller has already cleared
 * `assignment`: the one it opened with keeps the text in place until then.
 */
function RemoveAssignmentSurface({
  poolId,
  assignment: current,
  targetName: currentName,
  onClose,
  onRemoved,
}: RemoveAssignmentDialogProps) {
  const styles = useStyles();
  const [opened] = useState({ assignment: current, targetName: currentName });
  const assignment = current ?? opened.assignment;
  const targetName = current ? currentName : opened.targetName;
  const mutation = useDeleteAssignment(poolId);
  // State updates land after the next render; a second click in the same tick must not delete again.
  const removing = useRef(false);
  const pending = mutation.isPending;
  // Only this assignment's failure: the caller may have swapped it while the dialog was open.
  const failed = mutation.isError && mutation.variables.id === assignment?.id;

  const remove = () => {
    if (!assignment || removing.current) return;
    removing.current = true;
    mutation.mutate(assignment, {
      onSuccess: ({ outcome }) => onRemoved(outcome),
      onSettled: () => {
        removing.current = false;
      },
    });
  };

  return (
    <BusyDialogSurface busy={pending}>
      <DialogBody>
        <DialogTitle>Remove this assignment?</DialogTitle>
        <DialogContent className={styles.content}>
          <Text as="p" block>
            This removes <span className={styles.target}>{targetName}</span> from the pool&apos;s
            assignments. {assignment && consequence(assignment.target)}
          </Text>
          {failed && (
            <GraphErrorBar
              key={mutation.submittedAt}
              title="The assignment was not removed"
              error={mutation.error}
              describe={{ access: "write" }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button
            appearance="primary"
            onClick={remove}
            disabledFocusable={pending}
            icon={pending ? <Spinner size="tiny" /> : undefined}
          >
            Remove
          </Button>
          <Button onClick={onClose} disabledFocusable={pending}>
            Cancel
          </Button>
        </DialogActions>
      </DialogBody>
    </BusyDialogSurface>
  );
}
