import { useRef, useState } from "react";
import { refusedFile } from "./checkCodeFile";
import { readCodeFile } from "./readCodeFile";
import type { CheckedCodeFile } from "./types";

export interface ChosenCodeFile {
  name: string;
  checked: CheckedCodeFile;
}

/**
 * The file the admin chose, checked. It lives in the dialog's state only, so the codes are gone
 * with the dialog; a file chosen while another is still being read wins.
 */
export function useCodeFile(onChecked: (file: ChosenCodeFile) => void) {
  const [file, setFile] = useState<ChosenCodeFile>();
  const [reading, setReading] = useState(false);
  const latest = useRef(0);

  const choose = (chosen: File) => {
    const attempt = ++latest.current;
    setReading(true);
    void readCodeFile(chosen)
      .catch(() => refusedFile("The file could not be read. Choose it again."))
      .then((checked) => {
        if (attempt !== latest.current) return;
        const next = { name: chosen.name, checked };
        setFile(next);
        setReading(false);
        onChecked(next);
      });
  };

  return { file, reading, choose };
}
