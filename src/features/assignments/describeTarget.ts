import type { AssignmentTarget } from "./types";

export function describeTarget(target: AssignmentTarget): string {
  switch (target.kind) {
    case "includeGroup":
      return `Included group ${target.groupId}`;
    case "excludeGroup":
      return `Excluded group ${target.groupId}`;
    case "allDevices":
      return "All devices";
    case "allLicensedUsers":
      return "All licensed users";
    case "other":
      return `Other target (${target.odataType})`;
  }
}
