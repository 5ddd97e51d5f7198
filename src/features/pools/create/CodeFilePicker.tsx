import {
  Button,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons/svg/folder-open";
import { useId, useRef, useState, type DragEvent } from "react";
import { CODE_FILE_ACCEPT } from "./readCodeFile";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface CodeFilePickerProps {
  /** The name of the file now checked, if any. */
  fileName: string | undefined;
  disabled: boolean;
  onFile: (file: File) => void;
}

/** Drop the operator's file, or choose it (the keyboard's way); one file at a time. */
export function CodeFilePicker({ fileName, disabled, onFile }: CodeFilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <Button
        icon={<FolderOpenRegular />}
        onClick={() => input.current?.click()}
        disabledFocusable={disabled}
        aria-describedby={hintId}
      >
        {fileName ? "Choose another file" : "Choose file"}
      </Button>
      <Text id={hintId}>
        {fileName ? `Checked: ${fileName}` : "or drop the operator's .csv or .txt file here."}
      </Text>
      <input
        ref={input}
        type="file"
        accept={CODE_FILE_ACCEPT}
        hidden
        tabIndex={-1}
        aria-label="Operator's code file"
        onChange={(event) => {
          take(event.currentTarget.files);
          // The same file, fixed and saved again, must be read again when chosen again.
          event.currentTarget.value = "";
        }}
      />
    </div>
  );
}
