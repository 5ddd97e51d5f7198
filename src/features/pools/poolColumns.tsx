import { createTableColumn, type TableColumnDefinition } from "@fluentui/react-components";
import { formatDateTime, formatNumber } from "./format";
import { PoolNameLink } from "./PoolNameLink";
import type { Pool } from "./types";

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
const time = (date: Date | null) => date?.getTime() ?? 0;

export const poolColumns: TableColumnDefinition<Pool>[] = [
  createTableColumn<Pool>({
    columnId: "name",
    compare: (a, b) => collator.compare(a.displayName, b.displayName),
    renderHeaderCell: () => "Name",
    renderCell: (pool) => <PoolNameLink pool={pool} />,
  }),
  createTableColumn<Pool>({
    columnId: "codes",
    compare: (a, b) => (a.activationCodeCount ?? -1) - (b.activationCodeCount ?? -1),
    renderHeaderCell: () => "Activation codes",
    renderCell: (pool) => formatNumber(pool.activationCodeCount),
  }),
  createTableColumn<Pool>({
    columnId: "created",
    compare: (a, b) => time(a.createdDateTime) - time(b.createdDateTime),
    renderHeaderCell: () => "Created",
    renderCell: (pool) => formatDateTime(pool.createdDateTime),
  }),
  createTableColumn<Pool>({
    columnId: "modified",
    compare: (a, b) => time(a.modifiedDateTime) - time(b.modifiedDateTime),
    renderHeaderCell: () => "Modified",
    renderCell: (pool) => formatDateTime(pool.modifiedDateTime),
  }),
];
