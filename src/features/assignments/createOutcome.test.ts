import { findCreatedAssignment } from "./createOutcome";
import type { Assignment } from "./types";

const groupId = "0f8fad5b-d9cb-469f-a165-70867728950e";
const before: Assignment[] = [{ id: "a1", target: { kind: "allDevices" } }];

describe("findCreatedAssignment", () => {
  it("finds the new assignment with the sent target, comparing group ids without case", () => {
    const created: Assignment = {
      id: "a2",
      target: { kind: "includeGroup", groupId: groupId.toUpperCase() },
    };
    expect(
      findCreatedAssignment({ kind: "includeGroup", groupId }, before, [...before, created]),
    ).toBe(created);
  });

  it("ignores assignments that were there before posting, or point elsewhere", () => {
    const after: Assignment[] = [
      ...before,
      { id: "a3", target: { kind: "excludeGroup", groupId } },
      { id: "a4", target: { kind: "other", odataType: "groupAssignmentTarget" } },
    ];
    expect(findCreatedAssignment({ kind: "allDevices" }, before, after)).toBeUndefined();
    expect(findCreatedAssignment({ kind: "includeGroup", groupId }, before, after)).toBeUndefined();
  });
});
