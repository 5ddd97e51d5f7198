import { Skeleton, SkeletonItem, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { EmptyState, GraphErrorBar } from "../../components";
import { useGraph } from "../../graph/GraphContext";
import { assignmentQueries } from "./assignmentQueries";
import { describeTarget } from "./describeTarget";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  id: { color: tokens.colorNeutralForeground3 },
  skeleton: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The pool's current assignments, each target in words. */
export function AssignmentList({ poolId }: { poolId: string }) {
  const styles = useStyles();
  const graph = useGraph();
  const query = useQuery(assignmentQueries.list(graph, poolId));

  if (query.isPending) {
    return (
      <Skeleton aria-label="Loading assignments" className={styles.skeleton}>
        <SkeletonItem />
        <SkeletonItem />
      </Skeleton>
    );
  }
  const errorBar = query.isError && (
    <GraphErrorBar
      title="The assignments could not be loaded"
      error={query.error}
      describe={{ notFound: "This pool no longer exists." }}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
  if (!query.data) return errorBar;
  if (query.data.length === 0) {
    return (
      <>
        {errorBar}
        <EmptyState title="Not assigned yet" headingLevel="h3">
          No device gets an activation code from this pool until you assign it to a device group
          below.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {errorBar}
      <ul className={styles.list} aria-label="Current assignments">
        {query.data.map((assignment) => (
          <li key={assignment.id} className={styles.item}>
            <Text weight="semibold">{describeTarget(assignment.target)}</Text>
            <Text size={200} className={styles.id}>
              Assignment id {assignment.id}
            </Text>
          </li>
        ))}
      </ul>
    </>
  );
}
