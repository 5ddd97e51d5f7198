import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import { formatDateTime, formatNumber } from "./format";
import type { Pool } from "./types";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, wordBreak: "break-all" },
});

export function PoolProperties({ pool }: { pool: Pool }) {
  const styles = useStyles();
  const properties: [string, string][] = [
    ["Id", pool.id],
    ["Activation codes", formatNumber(pool.activationCodeCount)],
    ["Created", formatDateTime(pool.createdDateTime)],
    ["Modified", formatDateTime(pool.modifiedDateTime)],
  ];
  return (
    <dl className={styles.list}>
      {properties.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
