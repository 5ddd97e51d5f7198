import { describeTarget } from "./describeTarget";
import { fromGraphAssignment, fromGraphTarget, toGraphTarget } from "./graphAssignment";

const groupId = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("toGraphTarget", () => {
  it("sends concrete target types, with the group id only for group targets", () => {
    expect(toGraphTarget({ kind: "includeGroup", groupId })).toEqual({
      "@odata.type": "#microsoft.graph.groupAssignmentTarget",
      groupId,
    });
    expect(toGraphTarget({ kind: "excludeGroup", groupId })).toEqual({
      "@odata.type": "#microsoft.graph.exclusionGroupAssignmentTarget",
      groupId,
    });
    expect(toGraphTarget({ kind: "allDevices" })).toEqual({
      "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget",
    });
    expect(toGraphTarget({ kind: "allLicensedUsers" })).toEqual({
      "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget",
    });
  });
});

describe("fromGraphTarget", () => {
  it("reads every target type this app manages, with or without the leading #", () => {
    expect(
      fromGraphTarget({ "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId }),
    ).toEqual({ kind: "includeGroup", groupId });
    expect(
      fromGraphTarget({ "@odata.type": "microsoft.graph.exclusionGroupAssignmentTarget", groupId }),
    ).toEqual({ kind: "excludeGroup", groupId });
    expect(
      fromGraphTarget({ "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" }),
    ).toEqual({ kind: "allDevices" });
    expect(
      fromGraphTarget({ "@odata.type": "microsoft.graph.allLicensedUsersAssignmentTarget" }),
    ).toEqual({ kind: "allLicensedUsers" });
  });

  it("keeps unknown types, and group types without a group id, as other targets", () => {
    expect(
      fromGraphTarget({
        "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget",
        collectionId: "SMS00001",
      }),
    ).toEqual({ kind: "other", odataType: "configurationManagerCollectionAssignmentTarget" });
    expect(
      fromGraphTarget({ "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: null }),
    ).toEqual({ kind: "other", odataType: "groupAssignmentTarget" });
  });

  it("round-trips what it sends", () => {
    const target = { kind: "excludeGroup", groupId } as const;
    expect(fromGraphAssignment({ id: "a1", target: toGraphTarget(target) })).toEqual({
      id: "a1",
      target,
    });
  });
});

describe("describeTarget", () => {
  it("puts each target in words", () => {
    expect(describeTarget({ kind: "includeGroup", groupId })).toBe(`Included group ${groupId}`);
    expect(describeTarget({ kind: "excludeGroup", groupId })).toBe(`Excluded group ${groupId}`);
    expect(describeTarget({ kind: "allDevices" })).toBe("All devices");
    expect(describeTarget({ kind: "allLicensedUsers" })).toBe("All licensed users");
    expect(describeTarget({ kind: "other", odataType: "somethingNew" })).toBe(
      "Other target (somethingNew)",
    );
  });
});
