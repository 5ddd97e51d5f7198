import type { AssignmentTarget } from "./types";

/** The target in words; a group reads by its name when it is known, else by its object id. */
export function describeTarget(target: AssignmentTarget, groupName?: string): string {
  switch (target.kind) {
    case "includeGroup":
      return `Included group ${groupName ?? target.groupId}`;
    case "excludeGroup":
      return `Excluded group ${groupName ?? target.groupId}`;
    case "allDevices":
      return "All devices";
    case "allLicensedUsers":
      return "All licensed users";
    case "other":
      return `Other target (${target.odataType})`;
  }
}
