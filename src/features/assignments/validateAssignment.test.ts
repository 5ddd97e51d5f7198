import type { Assignment } from "./types";
import { findConflict, parseGroupId, validateAssignment } from "./validateAssignment";

const groupId = "0f8fad5b-d9cb-469f-a165-70867728950e";
const otherGroup = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("parseGroupId", () => {
  it("accepts a GUID, trimmed and lower-cased", () => {
    expect(parseGroupId(`  ${groupId.toUpperCase()}\n`)).toEqual({ ok: true, groupId });
  });

  it.each([
    ["", /Enter the group's object id/],
    ["   ", /Enter the group's object id/],
    [`{${groupId}}`, /Remove the braces/],
    ["00000000-0000-0000-0000-000000000000", /all-zero id is not a real group/],
    ["not-a-guid", /not a group object id/],
    [`${groupId}0`, /not a group object id/],
    [groupId.replaceAll("-", ""), /not a group object id/],
    ["0f8fad5b-d9cb-469f-a165-70867728950g", /not a group object id/],
  ])("rejects %j with the reason", (input, reason) => {
    const result = parseGroupId(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe("findConflict", () => {
  const current: Assignment[] = [
    { id: "a1", target: { kind: "includeGroup", groupId } },
    { id: "a2", target: { kind: "allDevices" } },
  ];

  it("refuses a target the pool already has", () => {
    expect(findConflict({ kind: "includeGroup", groupId }, current)).toMatch(/already included/);
    expect(findConflict({ kind: "allDevices" }, current)).toMatch(/already assigned/);
  });

  it("refuses a group that would be both included and excluded, ignoring case", () => {
    expect(findConflict({ kind: "excludeGroup", groupId: groupId.toUpperCase() }, current)).toMatch(
      /cannot also be excluded/,
    );
    const excluded: Assignment[] = [{ id: "a3", target: { kind: "excludeGroup", groupId } }];
    expect(findConflict({ kind: "includeGroup", groupId }, excluded)).toMatch(
      /cannot also be included/,
    );
  });

  it("allows new targets", () => {
    expect(findConflict({ kind: "includeGroup", groupId: otherGroup }, current)).toBeNull();
    expect(findConflict({ kind: "allLicensedUsers" }, current)).toBeNull();
    expect(findConflict({ kind: "allDevices" }, [])).toBeNull();
  });
});

describe("validateAssignment", () => {
  const current: Assignment[] = [{ id: "a1", target: { kind: "allLicensedUsers" } }];

  it("returns the target to send", () => {
    expect(validateAssignment({ kind: "excludeGroup", groupId: ` ${groupId} ` }, current)).toEqual({
      ok: true,
      target: { kind: "excludeGroup", groupId },
    });
    expect(validateAssignment({ kind: "allDevices", groupId: "ignored" }, current)).toEqual({
      ok: true,
      target: { kind: "allDevices" },
    });
  });

  it("puts input errors on the group id and duplicate broad targets on the kind", () => {
    expect(validateAssignment({ kind: "includeGroup", groupId: "x" }, current)).toEqual({
      ok: false,
      errors: { groupId: expect.stringMatching(/not a group object id/) },
    });
    expect(validateAssignment({ kind: "allLicensedUsers", groupId: "" }, current)).toEqual({
      ok: false,
      errors: { kind: expect.stringMatching(/already assigned/) },
    });
  });
});
