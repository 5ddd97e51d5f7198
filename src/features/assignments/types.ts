/** Where an assignment points, in our words; Graph's `@odata.type` names stay in the mapper. */
export type AssignmentTarget =
  | { kind: "includeGroup"; groupId: string }
  | { kind: "excludeGroup"; groupId: string }
  | { kind: "allDevices" }
  | { kind: "allLicensedUsers" }
  /** A target type this app does not manage (e.g. a Configuration Manager collection). */
  | { kind: "other"; odataType: string };

/** The targets an admin can create from this app. */
export type NewAssignmentTarget = Exclude<AssignmentTarget, { kind: "other" }>;

export type TargetKind = NewAssignmentTarget["kind"];

export interface Assignment {
  id: string;
  target: AssignmentTarget;
}
