import { z } from "../../zod";
import {
  needsGroup,
  targetKinds,
  type TargetKind,
  type Assignment,
  type AssignmentTarget,
  type NewAssignmentTarget,
} from "./types";

const graphTypes: Record<TargetKind, string> = {
  includeGroup: "#microsoft.graph.groupAssignmentTarget",
  excludeGroup: "#microsoft.graph.exclusionGroupAssignmentTarget",
  allDevices: "#microsoft.graph.allDevicesAssignmentTarget",
  allLicensedUsers: "#microsoft.graph.allLicensedUsersAssignmentTarget",
};

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
  return "groupId" in target
    ? { "@odata.type": odataType, groupId: target.groupId }
    : { "@odata.type": odataType };
}

// The leading "#" is optional on the wire.
function normalizeType(odataType: string): string {
  return odataType.startsWith("#") ? odataType : `#${odataType}`;
}

export function fromGraphTarget(target: GraphAssignmentTarget): AssignmentTarget {
  const odataType = normalizeType(target["@odata.type"]);
  const kind = targetKinds.find((candidate) => graphTypes[candidate] === odataType);
  if (kind && !needsGroup(kind)) return { kind };
  // A group target without a group id is not one this app can manage.
  if (kind && target.groupId) return { kind, groupId: target.groupId };
  return { kind: "other", odataType: odataType.replace(/^#microsoft\.graph\./, "") };
}

export function fromGraphAssignment(assignment: GraphAssignment): Assignment {
  return { id: assignment.id, target: fromGraphTarget(assignment.target) };
}
