import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupBadge } from "./types";

const useStyles = makeStyles({
  badges: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const colors: Record<GroupBadge, "brand" | "informative" | "warning"> = {
  Security: "brand",
  "Dynamic (devices)": "brand",
  Dynamic: "informative",
  Distribution: "informative",
  "Microsoft 365": "warning",
  "Dynamic (users)": "warning",
};

export function GroupBadges({ badges }: { badges: readonly GroupBadge[] }) {
  const styles = useStyles();
  if (badges.length === 0) return null;
  return (
    <span className={styles.badges}>
      {badges.map((badge) => (
        <Badge key={badge} appearance="tint" shape="rounded" size="small" color={colors[badge]}>
          {badge}
        </Badge>
      ))}
    </span>
  );
}

/** One line for a group of users: Intune hands eSIM profiles to devices. */
export function usersWarning(displayName: string): string {
  return `${displayName} holds users, not devices: Intune targets eSIM profiles at devices, so its members' devices may not get one.`;
}
