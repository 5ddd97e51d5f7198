import { parseJson } from "./parseJson";

const GENERIC_INTUNE_TEXT = /^An error has occurred\.?$/i;
const INTUNE_BOILERPLATE = [
  /^Operation ID \(for customer support\):/i,
  /^Activity ID:/i,
  /^Url:/i,
  /^CustomApiErrorPhrase:\s*$/i,
];
const MAX_NESTING = 3;

/**
 * Graph's `error.message`, readable. Intune puts a JSON document there
 * (`{"_version":3,"Message":"… - Operation ID (for customer support): … - Activity ID: … - Url: …"}`),
 * sometimes nested once more (`{"ErrorCode":…,"Message":"{…}"}`): take the innermost Message and
 * keep its human text. When there is none, the whole Message stays (its Activity ID helps support).
 */
export function readableGraphMessage(message: string): string {
  const innermost = unwrapJsonMessage(message.trim(), MAX_NESTING);
  return humanText(innermost) ?? innermost;
}

function unwrapJsonMessage(message: string, levelsLeft: number): string {
  if (levelsLeft === 0 || !message.startsWith("{")) return message;
  const inner = messageField(parseJson(message));
  return inner === undefined ? message : unwrapJsonMessage(inner.trim(), levelsLeft - 1);
}

function messageField(document: unknown): string | undefined {
  if (typeof document !== "object" || document === null) return undefined;
  const record = document as Record<string, unknown>;
  const message = record.Message ?? record.message;
  return typeof message === "string" ? message : undefined;
}

function humanText(message: string): string | undefined {
  const segments = message
    .split(" - ")
    .map((segment) => segment.trim())
    .filter((segment) => segment && !INTUNE_BOILERPLATE.some((pattern) => pattern.test(segment)));
  const specific = segments.filter((segment) => !GENERIC_INTUNE_TEXT.test(segment));
  return specific.length > 0 ? specific.join(" - ") : undefined;
}
