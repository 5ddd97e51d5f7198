import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { GroupBadges, type GroupName } from "../../groups";
import { describeTarget } from "./describeTarget";
import type { AssignmentTarget } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  name: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** A group target by name (with badges), or the tenant-wide target in words. */
export function AssignmentTargetCell({
  target,
  name,
}: {
  target: AssignmentTarget;
  name: GroupName | undefined;
}) {
  const styles = useStyles();
  if (!("groupId" in target)) return <Text weight="semibold">{describeTarget(target)}</Text>;
  switch (name?.status) {
    case "found":
      return (
        <span className={styles.name}>
          <Text weight="semibold">{name.group.displayName}</Text>
          <GroupBadges badges={name.group.badges} />
        </span>
      );
    case "unknown":
      return (
        <span className={styles.root}>
          <Text weight="semibold">Unknown group ({target.groupId})</Text>
          <Caption1 className={styles.hint}>
            No group has this id any more: it may have been deleted from Microsoft Entra ID.
          </Caption1>
        </span>
      );
    case "loading":
      return <Text className={styles.hint}>Loading the group's name…</Text>;
    default:
      return <Text weight="semibold">Group {target.groupId}</Text>;
  }
}

/** The target in one phrase, for button names and sentences. */
export function targetWords(target: AssignmentTarget, name: GroupName | undefined): string {
  return describeTarget(target, name?.status === "found" ? name.group.displayName : undefined);
}
