import { useEffect, useState } from "react";
import type { ZodType } from "../zod";

/**
 * Unsaved form input survives an interactive sign-in redirect: forms register a snapshot
 * function; just before the redirect the snapshots go to sessionStorage, and the form takes
 * its draft back when it mounts again. Never register secrets (tokens, activation codes).
 */
const prefix = "esim-admin.draft.";
const snapshots = new Map<string, () => unknown>();

export function registerDraft(key: string, snapshot: () => unknown): () => void {
  snapshots.set(key, snapshot);
  return () => {
    if (snapshots.get(key) === snapshot) snapshots.delete(key);
  };
}

export function saveDraftsBeforeRedirect(storage: Storage = sessionStorage): void {
  for (const [key, snapshot] of snapshots) {
    storage.setItem(prefix + key, JSON.stringify(snapshot()));
  }
}

export function readDraft(key: string, storage: Storage = sessionStorage): unknown {
  const raw = storage.getItem(prefix + key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string, storage: Storage = sessionStorage): void {
  storage.removeItem(prefix + key);
}

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
