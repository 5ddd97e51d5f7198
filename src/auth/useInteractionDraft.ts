import { useEffect, useState } from "react";
import type { ZodType } from "zod";
import { clearDraft, readDraft, registerDraft } from "./interactionDrafts";

/** What a form had typed before an interactive sign-in redirect (read once, validated). */
export function useRestoredDraft<T>(key: string, schema: ZodType<T>): T | undefined {
  const [restored] = useState(() => {
    const parsed = schema.safeParse(readDraft(key));
    return parsed.success ? parsed.data : undefined;
  });
  useEffect(() => clearDraft(key), [key]);
  return restored;
}

/** Keeps the form's current input ready to be saved if a redirect has to happen. */
export function useDraftSnapshot(key: string, current: unknown): void {
  const snapshot = JSON.stringify(current);
  useEffect(() => registerDraft(key, () => JSON.parse(snapshot) as unknown), [key, snapshot]);
}
