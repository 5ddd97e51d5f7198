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
