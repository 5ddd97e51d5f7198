import { z } from "../zod";
import type { Group, GroupBadge } from "./types";

/** The fields the picker asks for; anything else Graph sends is ignored. */
export const groupSelect = [
  "id",
  "displayName",
  "description",
  "groupTypes",
  "securityEnabled",
  "mailEnabled",
  "membershipRule",
] as const;

export const graphGroupSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  groupTypes: z.array(z.string()).nullish(),
  securityEnabled: z.boolean().nullish(),
  mailEnabled: z.boolean().nullish(),
  membershipRule: z.string().nullish(),
});

export type GraphGroup = z.infer<typeof graphGroupSchema>;

// Membership rules name the object they test: `device.deviceOSType -eq "iPhone"`, `user.department …`.
const DEVICE_RULE = /(^|[^\w.])device\./i;
const USER_RULE = /(^|[^\w.])user\./i;

/** Graph has no "device group" flag: the kind is read from groupTypes and the membership rule. */
export function groupBadges(group: GraphGroup): GroupBadge[] {
  const types = group.groupTypes ?? [];
  const badges: GroupBadge[] = [];
  if (types.includes("Unified")) badges.push("Microsoft 365");
  else if (group.securityEnabled) badges.push("Security");
  else if (group.mailEnabled) badges.push("Distribution");
  if (types.includes("DynamicMembership")) badges.push(dynamicBadge(group.membershipRule ?? ""));
  return badges;
}

function dynamicBadge(rule: string): GroupBadge {
  if (DEVICE_RULE.test(rule)) return "Dynamic (devices)";
  if (USER_RULE.test(rule)) return "Dynamic (users)";
  return "Dynamic";
}

export function fromGraphGroup(group: GraphGroup): Group {
  const badges = groupBadges(group);
  return {
    id: group.id.toLowerCase(),
    displayName: group.displayName?.trim() || "Unnamed group",
    description: group.description?.trim() || null,
    badges,
    holdsUsers: badges.includes("Microsoft 365") || badges.includes("Dynamic (users)"),
  };
}
