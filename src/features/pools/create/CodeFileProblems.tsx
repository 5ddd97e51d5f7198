import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons/svg/copy";
import { useState } from "react";
import { formatNumber } from "../format";
import type { CodeFileProblem } from "./types";

const useStyles = makeStyles({
  scroll: { maxHeight: "240px", overflowY: "auto" },
  line: { width: "64px" },
  cell: { width: "128px" },
  value: { width: "200px", wordBreak: "break-all", fontFamily: tokens.fontFamilyMonospace },
  copy: { alignSelf: "flex-start" },
});

/** Enough to fix a file by; Copy takes every problem. */
const SHOWN = 200;

function asText(problems: readonly CodeFileProblem[]): string {
  const rows = problems.map(({ line, cell, value, reason }) =>
    [line ?? "", cell, value, reason].join("\t"),
  );
  return ["Line\tCell\tValue\tProblem", ...rows].join("\n");
}

export interface CodeFileProblemsProps {
  /** The table's accessible name, e.g. "Problems in codes.csv". */
  label: string;
  problems: readonly CodeFileProblem[];
}

/** Each problem with its line, cell and reason, as a table the admin can copy. */
export function CodeFileProblems({ label, problems }: CodeFileProblemsProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const copy = () =>
    navigator.clipboard.writeText(asText(problems)).then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );
  const shown = problems.slice(0, SHOWN);

  return (
    <>
      {/* A long list scrolls: focusable, so keyboard users can scroll it too. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
        <Table aria-label={label} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.line}>Line</TableHeaderCell>
              <TableHeaderCell className={styles.cell}>Cell</TableHeaderCell>
              <TableHeaderCell className={styles.value}>Value</TableHeaderCell>
              <TableHeaderCell>Problem</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((problem, index) => (
              <TableRow key={index}>
                <TableCell>{problem.line ?? "—"}</TableCell>
                <TableCell>{problem.cell}</TableCell>
                <TableCell className={styles.value}>{problem.value}</TableCell>
                <TableCell>{problem.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Button className={styles.copy} icon={<CopyRegular />} onClick={() => void copy()}>
        {
          {
            idle: `Copy ${problems.length > SHOWN ? `all ${formatNumber(problems.length)} ` : ""}as text`,
            copied: "Copied",
            failed: "Copy failed: select the table",
          }[copied]
        }
      </Button>
    </>
  );
}
