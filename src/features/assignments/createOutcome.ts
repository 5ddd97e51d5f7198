import type { Assignment, AssignmentTarget, NewAssignmentTarget } from "./types";

function isSameTarget(stored: AssignmentTarget, sent: NewAssignmentTarget): boolean {
  if (stored.kind !== sent.kind) return false;
  if (!("groupId" in sent)) return true;
  return "groupId" in stored && stored.groupId.toLowerCase() === sent.groupId.toLowerCase();
}

/**
 * The assignment a create whose answer was lost has stored: one with the sent target that
 * `after` (read once the create failed) has and `before` (read just before posting) had not.
 */
export function findCreatedAssignment(
  sent: NewAssignmentTarget,
  before: Assignment[],
  after: Assignment[],
): Assignment | undefined {
  const known = new Set(before.map(({ id }) => id));
  return after.find(({ id, target }) => !known.has(id) && isSameTarget(target, sent));
}
