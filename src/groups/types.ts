import { z } from "../zod";

/** What the app shows of a group: enough to tell device groups from user groups at a glance. */
export const badgeNames = [
  "Security",
  "Microsoft 365",
  "Distribution",
  "Dynamic (devices)",
  "Dynamic (users)",
  "Dynamic",
] as const;

export type GroupBadge = (typeof badgeNames)[number];

/** A group as the app keeps it; the schema checks one read back from a draft. */
export const groupSchema = z.object({
  id: z.string().min(1).max(64),
  displayName: z.string().max(512),
  description: z.string().max(2048).nullable(),
  badges: z.array(z.enum(badgeNames)),
  /**
   * Intune targets eSIM profiles at devices: a Microsoft 365 group or a dynamic user group
   * holds users, so its members' devices may not get a profile.
   */
  holdsUsers: z.boolean(),
});

export type Group = z.infer<typeof groupSchema>;
