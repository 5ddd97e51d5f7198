import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatNumber } from "../format";
import { maskIccid, maskMatchingId } from "./maskCode";
import type { CheckedCodeFile } from "./types";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, wordBreak: "break-word" },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

const PREVIEW_ROWS = 5;

/** What will be uploaded: the count, the host and the first codes, partly masked. */
export function CodeFilePreview({ file }: { file: CheckedCodeFile }) {
  const styles = useStyles();
  const first = file.codes.slice(0, PREVIEW_ROWS);
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.term}>Codes</dt>
        <dd className={styles.value}>{formatNumber(file.codes.length)}</dd>
        <dt className={styles.term}>SM-DP+ address</dt>
        <dd className={styles.value}>{file.host}</dd>
      </dl>
      <Table aria-label="First codes in the file, partly hidden" size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>ICCID</TableHeaderCell>
            <TableHeaderCell>Matching id</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {first.map((code) => (
            <TableRow key={code.iccid}>
              <TableCell className={styles.code}>{maskIccid(code.iccid)}</TableCell>
              <TableCell className={styles.code}>{maskMatchingId(code.matchingId)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {file.codes.length > PREVIEW_ROWS && (
        <Text size={200}>
          and {formatNumber(file.codes.length - PREVIEW_ROWS)} more. The codes are hidden here; the
          upload sends them whole.
        </Text>
      )}
    </>
  );
}
