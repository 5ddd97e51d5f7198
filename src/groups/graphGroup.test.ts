import { fromGraphGroup, groupBadges, type GraphGroup } from "./graphGroup";

const base: GraphGroup = { id: "ID-1", displayName: "G", groupTypes: [], securityEnabled: true };

describe("groupBadges", () => {
  it.each<[string, Partial<GraphGroup>, string[]]>([
    ["a static security group", {}, ["Security"]],
    [
      "a Microsoft 365 group",
      { groupTypes: ["Unified"], mailEnabled: true, securityEnabled: false },
      ["Microsoft 365"],
    ],
    ["a distribution list", { securityEnabled: false, mailEnabled: true }, ["Distribution"]],
    [
      "a dynamic device group",
      { groupTypes: ["DynamicMembership"], membershipRule: '(device.deviceOSType -eq "iPhone")' },
      ["Security", "Dynamic (devices)"],
    ],
    [
      "a dynamic user group",
      { groupTypes: ["DynamicMembership"], membershipRule: '(user.department -eq "Sales")' },
      ["Security", "Dynamic (users)"],
    ],
    [
      "a dynamic Microsoft 365 group",
      {
        groupTypes: ["Unified", "DynamicMembership"],
        membershipRule: 'user.country -eq "FR"',
        securityEnabled: false,
      },
      ["Microsoft 365", "Dynamic (users)"],
    ],
    [
      "a dynamic group with an unreadable rule",
      { groupTypes: ["DynamicMembership"], membershipRule: null },
      ["Security", "Dynamic"],
    ],
    [
      "a rule that only mentions a device-like property",
      { groupTypes: ["DynamicMembership"], membershipRule: '(user.extension_devices.x -eq "1")' },
      ["Security", "Dynamic (users)"],
    ],
  ])("%s", (_, fields, badges) => {
    expect(groupBadges({ ...base, ...fields })).toEqual(badges);
  });
});

describe("fromGraphGroup", () => {
  it("says which groups hold users, and never shows an empty name", () => {
    expect(fromGraphGroup({ ...base, groupTypes: ["Unified"] })).toMatchObject({
      holdsUsers: true,
    });
    expect(
      fromGraphGroup({ ...base, groupTypes: ["DynamicMembership"], membershipRule: "device.x" }),
    ).toMatchObject({
      holdsUsers: false,
    });
    expect(fromGraphGroup({ ...base, displayName: "  ", description: "" })).toMatchObject({
      id: "id-1",
      displayName: "Unnamed group",
      description: null,
    });
  });
});
