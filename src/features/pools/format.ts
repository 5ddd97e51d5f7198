import type { Pool } from "./types";

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});
const numberFormat = new Intl.NumberFormat();

export function formatDateTime(date: Date | null): string {
  return date ? dateTimeFormat.format(date) : "—";
}

export function formatNumber(value: number | null): string {
  return value === null ? "—" : numberFormat.format(value);
}

export function poolName(pool: Pool): string {
  return pool.displayName.trim() || "Unnamed pool";
}
