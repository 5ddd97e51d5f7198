import { z } from "zod";
import type { Assignment, AssignmentTarget, NewAssignmentTarget } from "./types";

const graphTypes = {
  includeGroup: "#microsoft.graph.groupAssignmentTarget",
  excludeGroup: "#microsoft.graph.exclusionGroupAssignmentTarget",
  allDevices: "#microsoft.graph.allDevicesAssignmentTarget",
  allLicensedUsers: "#microsoft.graph.allLicensedUsersAssignmentTarget",
} as const;

export const assignmentOdataType = "#microsoft.graph.embeddedSIMActivationCodePoolAssignment";

const graphAssignmentTargetSchema = z.looseObject({
  "@odata.type": z.string(),
  groupId: z.string().nullish(),
});

export const graphAssignmentSchema = z.looseObject({
  id: z.string(),
  target: graphAssignmentTargetSchema,
});

export type GraphAssignmentTarget = z.infer<typeof graphAssignmentTargetSchema>;
export type GraphAssignment = z.infer<typeof graphAssignmentSchema>;

/** Always a concrete target type: Graph's docs example posts the abstract base type. */
export function toGraphTarget(target: NewAssignmentTarget): GraphAssignmentTarget {
  const odataType = graphTypes[target.kind];
  switch (target.kind) {
    case "includeGroup":
    case "excludeGroup":
      return { "@odata.type": odataType, groupId: target.groupId };
    case "allDevices":
    case "allLicensedUsers":
      return { "@odata.type": odataType };
  }
}

// The leading "#" is optional on the wire.
function normalizeType(odataType: string): string {
  return odataType.startsWith("#") ? odataType : `#${odataType}`;
}

export function fromGraphTarget(target: GraphAssignmentTarget): AssignmentTarget {
  const odataType = normalizeType(target["@odata.type"]);
  const groupId = target.groupId ?? undefined;
  if (odataType === graphTypes.includeGroup && groupId) return { kind: "includeGroup", groupId };
  if (odataType === graphTypes.excludeGroup && groupId) return { kind: "excludeGroup", groupId };
  if (odataType === graphTypes.allDevices) return { kind: "allDevices" };
  if (odataType === graphTypes.allLicensedUsers) return { kind: "allLicensedUsers" };
  return { kind: "other", odataType: odataType.replace(/^#microsoft\.graph\./, "") };
}

export function fromGraphAssignment(assignment: GraphAssignment): Assignment {
  return { id: assignment.id, target: fromGraphTarget(assignment.target) };
}
