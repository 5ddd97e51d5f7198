import { z } from "zod";
import { isGuid } from "./guid";

/** The concrete target types as the service writes them (with the leading `#`). */
export const targetTypes = {
  group: "#microsoft.graph.groupAssignmentTarget",
  exclusionGroup: "#microsoft.graph.exclusionGroupAssignmentTarget",
  allDevices: "#microsoft.graph.allDevicesAssignmentTarget",
  allLicensedUsers: "#microsoft.graph.allLicensedUsersAssignmentTarget",
  configurationManagerCollection: "#microsoft.graph.configurationManagerCollectionAssignmentTarget",
} as const;

const ABSTRACT_TARGET_TYPE = "#microsoft.graph.deviceAndAppManagementAssignmentTarget";

const guidSchema = (name: string) =>
  z.string({ error: `${name} is required.` }).refine(isGuid, { error: `${name} must be a GUID.` });

const filterFields = {
  deviceAndAppManagementAssignmentFilterId: guidSchema("The filter id").nullable().default(null),
  deviceAndAppManagementAssignmentFilterType: z
    .enum(["none", "include", "exclude"])
    .default("none"),
};

const groupTargetSchema = z.object({
  "@odata.type": z.literal(targetTypes.group),
  groupId: guidSchema("groupId"),
  ...filterFields,
});
const exclusionGroupTargetSchema = z.object({
  "@odata.type": z.literal(targetTypes.exclusionGroup),
  groupId: guidSchema("groupId"),
  ...filterFields,
});
const allDevicesTargetSchema = z.object({
  "@odata.type": z.literal(targetTypes.allDevices),
  ...filterFields,
});
const allLicensedUsersTargetSchema = z.object({
  "@odata.type": z.literal(targetTypes.allLicensedUsers),
  ...filterFields,
});
const collectionTargetSchema = z.object({
  "@odata.type": z.literal(targetTypes.configurationManagerCollection),
  collectionId: z.string({ error: "collectionId is required." }).min(1),
  ...filterFields,
});

const concreteTargetSchema = z.discriminatedUnion("@odata.type", [
  groupTargetSchema,
  exclusionGroupTargetSchema,
  allDevicesTargetSchema,
  allLicensedUsersTargetSchema,
  collectionTargetSchema,
]);

export type GraphAssignmentTarget = z.output<typeof concreteTargetSchema>;
export type GraphAssignmentTargetInput = z.input<typeof concreteTargetSchema>;

/** Graph accepts `@odata.type` with or without the leading `#`. */
function withHashedType(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const type: unknown = (input as Record<string, unknown>)["@odata.type"];
  if (typeof type !== "string" || type.startsWith("#")) return input;
  return { ...input, "@odata.type": `#${type}` };
}

/** For trusted inputs (seed data): any concrete target, `#` optional. */
export const assignmentTargetSchema = z.preprocess(withHashedType, concreteTargetSchema);

export type TargetCheck =
  { ok: true; target: GraphAssignmentTarget } | { ok: false; reason: string };

/** For create requests: the same rules, with the reasons Intune would give. */
export function checkAssignmentTarget(input: unknown): TargetCheck {
  if (typeof input !== "object" || input === null) {
    return { ok: false, reason: "The assignment target is missing." };
  }
  const normalised = withHashedType(input) as Record<string, unknown>;
  const type = normalised["@odata.type"];
  if (typeof type !== "string") {
    return { ok: false, reason: "The assignment target has no @odata.type." };
  }
  if (type === ABSTRACT_TARGET_TYPE) {
    return { ok: false, reason: `Target type ${type.slice(1)} is abstract and not supported.` };
  }
  if (!Object.values<string>(targetTypes).includes(type)) {
    return { ok: false, reason: `Target type ${type.slice(1)} is not supported.` };
  }
  const parsed = concreteTargetSchema.safeParse(normalised);
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues[0]?.message ?? "The target is not valid." };
  }
  return { ok: true, target: parsed.data };
}
