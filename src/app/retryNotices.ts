import type { RetryEvent } from "../graph/clientTypes";

type Listener = (event: RetryEvent) => void;
const listeners = new Set<Listener>();

/** Passed to the Graph client as onRetry; the transport itself shows nothing. */
export function announceRetry(event: RetryEvent): void {
  for (const listener of listeners) listener(event);
}

export function onRetryAnnounced(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function retrySentence(event: RetryEvent): string {
  const seconds = Math.max(1, Math.round(event.delayMs / 1000));
  const reason =
    event.status === 429
      ? "Microsoft Graph is throttling requests"
      : event.status === 0
        ? "Microsoft Graph could not be reached"
        : `Microsoft Graph answered ${event.status}`;
  return `${reason}; retrying in ${seconds} s (attempt ${event.attempt}).`;
}
