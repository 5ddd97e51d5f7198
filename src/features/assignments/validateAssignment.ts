import { needsGroup, type Assignment, type NewAssignmentTarget, type TargetKind } from "./types";

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const nilGuid = "00000000-0000-0000-0000-000000000000";

export type GroupIdResult = { ok: true; groupId: string } | { ok: false; reason: string };

/** Checks a pasted group object id; the returned id is trimmed and lower-case. */
export function parseGroupId(raw: string): GroupIdResult {
  const value = raw.trim();
  if (value === "") return { ok: false, reason: "Enter the group's object id." };
  if (/^\{.*\}$/.test(value)) {
    return {
      ok: false,
      reason: "Remove the braces { }: enter the object id as xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.",
    };
  }
  if (!guidPattern.test(value)) {
    return {
      ok: false,
      reason:
        "This is not a group object id. It looks like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (32 hexadecimal digits in groups of 8-4-4-4-12).",
    };
  }
  const groupId = value.toLowerCase();
  if (groupId === nilGuid) {
    return {
      ok: false,
      reason: "The all-zero id is not a real group. Enter the group's object id.",
    };
  }
  return { ok: true, groupId };
}

function sameGroup(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Why this target must not be added to a pool that already has `current`, or null when it may. */
export function findConflict(target: NewAssignmentTarget, current: Assignment[]): string | null {
  for (const { target: existing } of current) {
    if (target.kind === "allDevices" && existing.kind === "allDevices") {
      return "All devices is already assigned to this pool.";
    }
    if (target.kind === "allLicensedUsers" && existing.kind === "allLicensedUsers") {
      return "All licensed users is already assigned to this pool.";
    }
    if (target.kind === "includeGroup" || target.kind === "excludeGroup") {
      if (existing.kind !== "includeGroup" && existing.kind !== "excludeGroup") continue;
      if (!sameGroup(existing.groupId, target.groupId)) continue;
      if (existing.kind === target.kind) {
        return target.kind === "includeGroup"
          ? "This group is already included in this pool."
          : "This group is already excluded from this pool.";
      }
      return existing.kind === "includeGroup"
        ? "This group is already included in this pool, so it cannot also be excluded. A group is either included or excluded, never both."
        : "This group is excluded from this pool, so it cannot also be included. A group is either included or excluded, never both.";
    }
  }
  return null;
}

export interface AssignmentInput {
  kind: TargetKind;
  groupId: string;
}

export interface AssignmentErrors {
  kind?: string;
  groupId?: string;
}

export type ValidationResult =
  { ok: true; target: NewAssignmentTarget } | { ok: false; errors: AssignmentErrors };

/** A conflict belongs to the group id when there is one, else to the target choice. */
export function conflictErrors(target: NewAssignmentTarget, conflict: string): AssignmentErrors {
  return needsGroup(target.kind) ? { groupId: conflict } : { kind: conflict };
}

/** The form's whole check: input shape first, then the pool's current assignments. */
export function validateAssignment(
  input: AssignmentInput,
  current: Assignment[],
): ValidationResult {
  let target: NewAssignmentTarget;
  if (needsGroup(input.kind)) {
    const parsed = parseGroupId(input.groupId);
    if (!parsed.ok) return { ok: false, errors: { groupId: parsed.reason } };
    target = { kind: input.kind, groupId: parsed.groupId };
  } else {
    target = { kind: input.kind };
  }
  const conflict = findConflict(target, current);
  if (conflict) return { ok: false, errors: conflictErrors(target, conflict) };
  return { ok: true, target };
}
