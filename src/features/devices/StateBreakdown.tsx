import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatNumber } from "../pools/format";
import type { StateCount } from "./countStates";
import { DeviceStateBadge } from "./DeviceStateBadge";
import { stateLabel } from "./deviceStateNames";
import { stateColor } from "./stateColors";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  bar: {
    display: "flex",
    gap: "2px",
    height: "24px",
    maxWidth: "720px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  table: { maxWidth: "480px" },
  stateCell: { display: "inline-flex", alignItems: "center", whiteSpace: "nowrap" },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusSmall,
    verticalAlign: "middle",
  },
  number: { justifyContent: "flex-end", fontVariantNumeric: "tabular-nums", textAlign: "end" },
});

const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 });

/**
 * Devices per state as a stacked bar drawn with Fluent tokens (no chart library to load), and
 * the same numbers as a table, which is what screen readers and tests read.
 */
export function StateBreakdown({ counts, total }: { counts: StateCount[]; total: number }) {
  const styles = useStyles();
  const present = counts.filter(({ count }) => count > 0);
  return (
    <div className={styles.root}>
      <div className={styles.bar} aria-hidden="true">
        {present.map(({ state, count }) => (
          <div
            key={state}
            title={`${stateLabel(state)}: ${formatNumber(count)}`}
            style={{ flexGrow: count, flexBasis: 0, backgroundColor: stateColor(state) }}
          />
        ))}
      </div>
      <Table className={styles.table} size="small" aria-label="Devices by state">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Devices</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Share</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {counts.map(({ state, count }) => (
            <TableRow key={state}>
              <TableCell>
                <span className={styles.stateCell}>
                  <span
                    className={styles.swatch}
                    style={{ backgroundColor: stateColor(state) }}
                    aria-hidden="true"
                  />
                  <DeviceStateBadge state={state} />
                </span>
              </TableCell>
              <TableCell className={styles.number}>{formatNumber(count)}</TableCell>
              <TableCell className={styles.number}>
                {total > 0 ? percent.format(count / total) : "—"}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
