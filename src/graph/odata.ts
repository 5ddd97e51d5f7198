import { z, type ZodType } from "zod";

export interface ODataPage<T> {
  value: T[];
  "@odata.nextLink"?: string | undefined;
}

/** One page of a Graph collection: `{ value: [...], "@odata.nextLink"?: "…" }`. */
export function odataPage<T>(itemSchema: ZodType<T>): ZodType<ODataPage<T>> {
  return z.object({
    value: z.array(itemSchema),
    "@odata.nextLink": z.string().optional(),
  });
}

/**
 * Some Intune docs show a single entity as `{ "value": { … } }` while real OData returns it at
 * the top level: accept both. Annotations such as `@odata.context` do not count as content.
 */
export function unwrapSingleEntity(body: unknown): unknown {
  if (!isPlainObject(body)) return body;
  const contentKeys = Object.keys(body).filter((key) => !key.startsWith("@"));
  const only = contentKeys.length === 1 && contentKeys[0] === "value" ? body.value : undefined;
  return isPlainObject(only) ? only : body;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
