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
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { BusyDialogSurface } from "../../../components";
import { useGraph } from "../../../graph/GraphContext";
import { formatNumber } from "../format";
import { poolQueries } from "../poolQueries";
import type { Pool } from "../types";
import { CodeFilePicker } from "./CodeFilePicker";
import { CodeFilePreview } from "./CodeFilePreview";
import { CheckDigitConfirmation } from "./CheckDigitConfirmation";
import { CodeFileErrors } from "./CodeFileErrors";
import { CreatePoolFailure } from "./CreatePoolFailure";
import { findSameProviderPools } from "./findSameProviderPools";
import { SameProviderWarning } from "./SameProviderWarning";
import { defaultPoolName } from "./smdpAddressRules";
import { useCodeFile } from "./useCodeFile";
import { useCreatePool } from "./useCreatePool";

const useStyles = makeStyles({
  surface: { maxWidth: "min(880px, calc(100vw - 32px))" },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface CreatePoolDialogProps {
  open: boolean;
  onClose: () => void;
  /** The caller closes the dialog and shows the pool. */
  onCreated: (pool: Pool) => void;
}

/** Creates a pool from the operator's code file, checked line by line before anything is sent. */
export function CreatePoolDialog({ open, onClose, onCreated }: CreatePoolDialogProps) {
  return (
    <Dialog modalType="modal" open={open} onOpenChange={(_, data) => data.open || onClose()}>
      <CreatePoolSurface onClose={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

/** Mounted while the dialog is open: closing it drops the file, the codes and the mutation. */
function CreatePoolSurface({ onClose, onCreated }: Omit<CreatePoolDialogProps, "open">) {
  const styles = useStyles();
  const graph = useGraph();
  const pools = useQuery(poolQueries.list(graph)).data ?? [];
  const mutation = useCreatePool();
  const [name, setName] = useState("");
  const nameEdited = useRef(false);
  const [confirmed, setConfirmed] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const uploading = useRef(false);
  const { file, reading, choose } = useCodeFile(({ checked }) => {
    if (!nameEdited.current) setName(defaultPoolName(checked.host));
    setConfirmed(false);
    setAttempted(false);
    mutation.reset();
  });

  const pending = mutation.isPending;
  const checked = file?.checked;
  const clean = file !== undefined && checked !== undefined && checked.errors.length === 0;
  const needsConfirmation = clean && checked.warnings.length > 0;
  const nameMissing = name.trim() === "";

  const upload = () => {
    if (!clean || uploading.current) return;
    setAttempted(true);
    if (nameMissing || (needsConfirmation && !confirmed)) return;
    uploading.current = true;
    const sent = { displayName: name.trim(), host: checked.host, codes: checked.codes };
    mutation.mutate(sent, {
      onSuccess: ({ pool }) => onCreated(pool),
      onSettled: () => {
        uploading.current = false;
      },
    });
  };

  return (
    <BusyDialogSurface className={styles.surface} busy={pending}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          upload();
        }}
      >
        <DialogBody>
          <DialogTitle>New pool</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" block>
              Choose the operator&apos;s file: the SM-DP+ address on line 1, then one
              ICCID,MatchingID per line, at most 1,000 codes. It is checked here before anything is
              sent. Keep the file: Microsoft Graph never gives the codes back.
            </Text>
            <CodeFilePicker fileName={file?.name} disabled={pending} onFile={choose} />
            {reading && <Spinner size="tiny" label="Checking the file…" />}
            {file && !clean && <CodeFileErrors fileName={file.name} errors={file.checked.errors} />}
            {clean && (
              <>
                <CodeFilePreview file={checked} />
                <SameProviderWarning
                  pools={findSameProviderPools(pools, checked.host)}
                  host={checked.host}
                />
                <Field
                  label="Pool name"
                  required
                  validationMessage={
                    attempted && nameMissing ? "Enter a name for the pool." : undefined
                  }
                >
                  <Input
                    value={name}
                    disabled={pending}
                    onChange={(_, data) => {
                      nameEdited.current = true;
                      setName(data.value);
                    }}
                  />
                </Field>
                {needsConfirmation && (
                  <CheckDigitConfirmation
                    fileName={file.name}
                    warnings={checked.warnings}
                    confirmed={confirmed}
                    onConfirmedChange={setConfirmed}
                    showError={attempted}
                    disabled={pending}
                  />
                )}
              </>
            )}
            {mutation.isError && (
              <CreatePoolFailure
                key={mutation.submittedAt}
                error={mutation.error}
                sent={mutation.variables}
              />
            )}
          </DialogContent>
          <DialogActions>
            {clean && (
              <Button
                type="submit"
                appearance="primary"
                disabledFocusable={pending}
                icon={pending ? <Spinner size="tiny" /> : undefined}
              >
                {`Upload ${formatNumber(checked.codes.length)} ${checked.codes.length === 1 ? "code" : "codes"}`}
              </Button>
            )}
            <Button onClick={onClose} disabledFocusable={pending}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </form>
    </BusyDialogSurface>
  );
}
