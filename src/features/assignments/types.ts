/** The targets an admin can create from this app, in the order the form offers them. */
export const targetKinds = [
  "includeGroup",
  "excludeGroup",
  "allDevices",
  "allLicensedUsers",
] as const;

export type TargetKind = (typeof targetKinds)[number];

const groupTargetKinds = ["includeGroup", "excludeGroup"] as const satisfies readonly TargetKind[];

/** Kinds that point at one Microsoft Entra group by its object id; the others are tenant-wide. */
export type GroupTargetKind = (typeof groupTargetKinds)[number];

export type BroadTargetKind = Exclude<TargetKind, GroupTargetKind>;

export function isTargetKind(value: string): value is TargetKind {
  return targetKinds.some((kind) => kind === value);
}

export function needsGroup(kind: TargetKind): kind is GroupTargetKind {
  return groupTargetKinds.some((groupKind) => groupKind === kind);
}

/** The targets an admin can create from this app (see `targetKinds`). */
export type NewAssignmentTarget =
  { kind: GroupTargetKind; groupId: string } | { kind: BroadTargetKind };

/** Where an assignment points, in our words; Graph's `@odata.type` names stay in the mapper. */
export type AssignmentTarget =
  | NewAssignmentTarget
  /** A target type this app does not manage (e.g. a Configuration Manager collection). */
  | { kind: "other"; odataType: string };

export interface Assignment {
  id: string;
  target: AssignmentTarget;
}
