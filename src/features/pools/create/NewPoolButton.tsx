import { Button } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons/svg/add";
import { useState } from "react";
import { useNavigate } from "react-router";
import { CreatePoolDialog } from "./CreatePoolDialog";

/** Opens the new-pool dialog; a created pool is shown at once. */
export function NewPoolButton() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Button appearance="primary" icon={<AddRegular />} onClick={() => setOpen(true)}>
        New pool
      </Button>
      <CreatePoolDialog
        open={open}
        onClose={() => setOpen(false)}
        onCreated={(pool) => {
          setOpen(false);
          void navigate(`/pools/${pool.id}`);
        }}
      />
    </>
  );
}
