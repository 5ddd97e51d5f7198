import { Button } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons/svg/add";
import { lazy, Suspense, useState } from "react";
import { useNavigate } from "react-router";

// The dialog, its file checks and the CSV parser are a third of the pools screen's script, and
// most visits never open it: it downloads when the admin points at New pool.
const loadDialog = () => import("./CreatePoolDialog");
const CreatePoolDialog = lazy(() => loadDialog().then((m) => ({ default: m.CreatePoolDialog })));
const preloadDialog = () => void loadDialog().catch(() => undefined);

/** Opens the new-pool dialog; a created pool is shown at once. */
export function NewPoolButton() {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Button
        appearance="primary"
        icon={<AddRegular />}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        New pool
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <CreatePoolDialog
            open={open}
            onClose={() => setOpen(false)}
            onCreated={(pool) => {
              setOpen(false);
              void navigate(`/pools/${pool.id}`);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
