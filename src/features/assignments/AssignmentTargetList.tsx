import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { requestIdSentence } from "../../components";
import { useGraph } from "../../graph/GraphContext";
import { useGroupNames } from "../../groups";
import { assignmentQueries } from "./assignmentQueries";
import { targetWords } from "./AssignmentTargetCell";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The pool's assignments as a short list of targets, in the words the assignment table uses. */
export function AssignmentTargetList({ poolId }: { poolId: string }) {
  const styles = useStyles();
  const captionId = useId();
  const graph = useGraph();
  const query = useQuery(assignmentQueries.list(graph, poolId));
  const assignments = query.data ?? [];
  const names = useGroupNames(
    assignments.flatMap(({ target }) => ("groupId" in target ? [target.groupId] : [])),
  );

  let content;
  if (query.isPending) {
    content = <Text className={styles.hint}>Loading the assignments…</Text>;
  } else if (!query.data) {
    content = <Text>The assignments could not be loaded.{requestIdSentence(query.error)}</Text>;
  } else if (assignments.length === 0) {
    content = <Text>No assignments.</Text>;
  } else {
    content = (
      <ul className={styles.list} aria-labelledby={captionId}>
        {assignments.map(({ id, target }) => (
          <li key={id}>
            {targetWords(target, "groupId" in target ? names.get(target.groupId) : undefined)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className={styles.root}>
      <Text id={captionId} weight="semibold">
        Assignments
      </Text>
      {content}
    </div>
  );
}
