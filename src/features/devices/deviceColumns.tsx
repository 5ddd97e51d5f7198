import {
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from "@fluentui/react-components";
import { createContext, memo, useContext } from "react";
import { DeviceStateBadge } from "./DeviceStateBadge";
import { formatExactTime, formatRelativeTime } from "./relativeTime";
import type { DeviceStateRow } from "./types";

/**
 * The time "3 minutes ago" is counted from. A context, not a column parameter: when it ticks,
 * only the check-in cells in view render again, not the grid and its 50,000 rows.
 */
export const NowContext = createContext(0);

const useStyles = makeStyles({
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  uiccid: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export const deviceColumnSizing: TableColumnSizingOptions = {
  deviceName: { idealWidth: 220, minWidth: 140 },
  userName: { idealWidth: 200, minWidth: 120 },
  state: { idealWidth: 150, minWidth: 120 },
  stateDetails: { idealWidth: 320, minWidth: 160 },
  lastCheckIn: { idealWidth: 140, minWidth: 110 },
  uiccid: { idealWidth: 200, minWidth: 160 },
};

// Memoised cell contents: Fluent renders a row again when its grid's context changes, though the
// row's device did not.
const CellText = memo(function CellText({ value }: { value: string }) {
  const styles = useStyles();
  return value ? (
    <span className={styles.text}>{value}</span>
  ) : (
    <span className={styles.muted}>—</span>
  );
});

const LastCheckIn = memo(function LastCheckIn({ ms }: { ms: number | null }) {
  const styles = useStyles();
  const now = useContext(NowContext);
  if (ms === null) return <span className={styles.muted}>Never</span>;
  const exact = formatExactTime(ms);
  return (
    <time dateTime={new Date(ms).toISOString()} title={exact}>
      {formatRelativeTime(ms, now)}
      <span className={styles.hidden}>{`, ${exact}`}</span>
    </time>
  );
});

const Uiccid = memo(function Uiccid({ value }: { value: string }) {
  const styles = useStyles();
  return <span className={styles.uiccid}>{value || "—"}</span>;
});

const StateBadge = memo(DeviceStateBadge);

// Sorting is done by sortDevices; the grid only shows the order and the arrows. Two parameters:
// Fluent reads a compare function without any as "this column is not sortable".
const keepOrder = (_a: DeviceStateRow, _b: DeviceStateRow) => 0;

export const deviceColumns: TableColumnDefinition<DeviceStateRow>[] = [
  createTableColumn<DeviceStateRow>({
    columnId: "deviceName",
    compare: keepOrder,
    renderHeaderCell: () => "Device",
    renderCell: (row) => <CellText value={row.deviceName} />,
  }),
  createTableColumn<DeviceStateRow>({
    columnId: "userName",
    compare: keepOrder,
    renderHeaderCell: () => "User",
    renderCell: (row) => <CellText value={row.userName} />,
  }),
  createTableColumn<DeviceStateRow>({
    columnId: "state",
    compare: keepOrder,
    renderHeaderCell: () => "State",
    renderCell: (row) => <StateBadge state={row.state} />,
  }),
  createTableColumn<DeviceStateRow>({
    columnId: "stateDetails",
    compare: keepOrder,
    renderHeaderCell: () => "State details",
    renderCell: (row) => <CellText value={row.stateDetails} />,
  }),
  createTableColumn<DeviceStateRow>({
    columnId: "lastCheckIn",
    compare: keepOrder,
    renderHeaderCell: () => "Last check-in",
    renderCell: (row) => <LastCheckIn ms={row.lastSyncMs} />,
  }),
  createTableColumn<DeviceStateRow>({
    columnId: "uiccid",
    compare: keepOrder,
    renderHeaderCell: () => "Hardware UICCID",
    renderCell: (row) => <Uiccid value={row.uiccid} />,
  }),
];
