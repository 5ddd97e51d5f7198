import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type ReactNode } from "react";
import { BusyDialogSurface, GraphErrorBar } from "../../components";
import { DeletePoolConsequences } from "./DeletePoolConsequences";
import { poolName } from "./format";
import type { Pool } from "./types";
import { useDeletePool, type DeletePoolOutcome } from "./useDeletePool";

const useStyles = makeStyles({
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
});

export interface DeletePoolDialogProps {
  pool: Pool;
  open: boolean;
  /**
   * The pool's assignments in words (the pages pass the assignments feature's list). An element
   * made by the caller: the dialog re-renders once the DELETE succeeds, and by then the pool's
   * assignments have left the cache, so a list rendered here would read them again (a 404).
   */
  assignments: ReactNode;
  onClose: () => void;
  /** The caller says what happened and leaves the pool's page; the dialog stays busy meanwhile. */
  onDeleted: (outcome: DeletePoolOutcome) => void;
}

/** Asks for the pool's name before deleting it; a failure stays inside the dialog, which stays open. */
export function DeletePoolDialog({ open, onClose, ...props }: DeletePoolDialogProps) {
  return (
    <Dialog
      modalType="modal"
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DeletePoolSurface onClose={onClose} {...props} />
    </Dialog>
  );
}

/** Fluent mounts this when the dialog opens: each opening starts with an empty field. */
function DeletePoolSurface({
  pool,
  assignments,
  onClose,
  onDeleted,
}: Omit<DeletePoolDialogProps, "open">) {
  const styles = useStyles();
  const name = poolName(pool);
  const [typed, setTyped] = useState("");
  const mutation = useDeletePool(pool.id);
  // State updates land after the next render; a second click in the same tick must not delete again.
  const deleting = useRef(false);
  // After a success the page is on its way to the list: nothing more to do here.
  const busy = mutation.isPending || mutation.isSuccess;
  const confirmed = typed.trim() === name;

  const remove = () => {
    if (!confirmed || deleting.current) return;
    deleting.current = true;
    mutation.mutate(undefined, {
      onSuccess: ({ outcome }) => onDeleted(outcome),
      // Only a failure frees the button: a deleted pool cannot be deleted again.
      onError: () => {
        deleting.current = false;
      },
    });
  };

  return (
    <BusyDialogSurface busy={busy}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          remove();
        }}
      >
        <DialogBody>
          <DialogTitle>Delete pool “{name}”?</DialogTitle>
          <DialogContent className={styles.content}>
            <DeletePoolConsequences pool={pool} assignments={assignments} />
            <Field label={`Type the pool name “${name}” to confirm`}>
              <Input
                value={typed}
                onChange={(_, data) => setTyped(data.value)}
                autoComplete="off"
                spellCheck={false}
              />
            </Field>
            {mutation.isError && (
              <GraphErrorBar
                key={mutation.submittedAt}
                title="The pool was not deleted"
                error={mutation.error}
                describe={{ access: "write" }}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button
              type="submit"
              appearance="primary"
              disabledFocusable={busy || !confirmed}
              icon={busy ? <Spinner size="tiny" /> : undefined}
            >
              Delete
            </Button>
            <Button onClick={onClose} disabledFocusable={busy}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </form>
    </BusyDialogSurface>
  );
}
