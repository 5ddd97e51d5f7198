import type { BroadTargetKind, GroupTargetKind } from "./targetKinds";

export type { TargetKind } from "./targetKinds";

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
