import { DialogSurface, type DialogSurfaceProps } from "@fluentui/react-components";

export interface BusyDialogSurfaceProps extends Omit<DialogSurfaceProps, "backdrop"> {
  /** A request is on its way: Escape and a click on the backdrop do not close the dialog. */
  busy: boolean;
}

/**
 * A dialog surface that stays open while its request is under way: a write on its way cannot be
 * called back, so the dialog waits for the answer rather than hide it.
 */
export function BusyDialogSurface({ busy, onKeyDown, ...props }: BusyDialogSurfaceProps) {
  return (
    <DialogSurface
      {...props}
      onKeyDown={(event) => {
        if (busy && event.key === "Escape") event.preventDefault();
        onKeyDown?.(event);
      }}
      backdrop={{
        onClick: (event) => {
          if (busy) event.preventDefault();
        },
      }}
    />
  );
}
