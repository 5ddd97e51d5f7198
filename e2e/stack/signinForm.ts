/** Reading request parameters without trusting their shape. */
import type { IncomingMessage } from "node:http";

/** A parsed form body, keeping only single string values. */
export function formFields(body: unknown): Map<string, string> {
  const fields = new Map<string, string>();
  if (typeof body !== "object" || body === null) return fields;
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === "string") fields.set(name, value);
  }
  return fields;
}

/** The query string as sent, independent of Express's query parser. */
export function searchParamsOf(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? "/", "http://127.0.0.1").searchParams;
}
