import { Button, useRestoreFocusTarget } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons/svg/delete";
import { useState } from "react";
import { useNavigate } from "react-router";
import { AssignmentTargetList } from "../../features/assignments";
import { DeletePoolDialog, poolName, type Pool } from "../../features/pools";
import { deletedPoolState } from "../deletedPoolNotice";

/**
 * Opens the dialog that deletes the pool, then leaves for the list, which says so. Holds its own
 * state: the page around it must not render again once the pool has left the cache, or its
 * queries would read the deleted pool again and show "Pool not found" on the way out.
 */
export function DeletePoolButton({ pool }: { pool: Pool }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  // Cancel or Escape puts focus back on this button.
  const restoreFocusHere = useRestoreFocusTarget();
  return (
    <>
      <Button icon={<DeleteRegular />} {...restoreFocusHere} onClick={() => setOpen(true)}>
        Delete pool
      </Button>
      <DeletePoolDialog
        pool={pool}
        open={open}
        assignments={<AssignmentTargetList poolId={pool.id} />}
        onClose={() => setOpen(false)}
        // Replacing the deleted pool's page: Back does not lead to "Pool not found".
        onDeleted={(outcome) =>
          void navigate("/pools", {
            replace: true,
            state: deletedPoolState({ name: poolName(pool), outcome }),
          })
        }
      />
    </>
  );
}
