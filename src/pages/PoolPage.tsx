import { Skeleton, SkeletonItem } from "@fluentui/react-components";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useParams } from "react-router";
import { GraphErrorBar, PageHeader, RouterLink } from "../components";
import { AssignmentForm, AssignmentTable, assignmentQueries } from "../features/assignments";
import { PoolProperties, poolName, poolQueries } from "../features/pools";
import { useGraph } from "../graph/GraphContext";
import { isGraphError } from "../graph/GraphError";
import { PageSection } from "./PageSection";
import { PoolGone } from "./PoolGone";

/** One pool, deep-linkable at /pools/:poolId: its properties, assignments and the assign form. */
export function PoolPage() {
  const { poolId = "" } = useParams();
  const graph = useGraph();
  const queryClient = useQueryClient();
  const pool = useQuery({
    ...poolQueries.detail(graph, poolId),
    // Coming from the list, show what it already knows while the pool itself loads.
    placeholderData: () =>
      queryClient.getQueryData(poolQueries.list(graph).queryKey)?.find(({ id }) => id === poolId),
  });
  // Load the assignments alongside the pool instead of after it. An observer, not
  // usePrefetchQuery: that one fetches during render, and the token request MSAL then starts
  // updates MsalProvider mid-render (a React warning).
  useQuery(assignmentQueries.list(graph, poolId));
  const gone = isGraphError(pool.error) && pool.error.status === 404;

  useEffect(() => {
    // The list may still show the deleted pool from its cache.
    if (gone) void queryClient.invalidateQueries(poolQueries.list(graph));
  }, [gone, graph, queryClient]);

  const recheckPool = () => {
    // A 404 on the pool's assignments: reading the pool again shows PoolGone if it was deleted.
    void queryClient.invalidateQueries(poolQueries.detail(graph, poolId));
    void queryClient.invalidateQueries(poolQueries.list(graph));
  };

  const back = <RouterLink to="/pools">Back to pools</RouterLink>;
  if (gone) return <PoolGone back={back} />;
  if (pool.isPending || pool.isError) {
    return (
      <>
        <PageHeader title="Pool" before={back} />
        {pool.isPending ? (
          <Skeleton aria-label="Loading pool">
            <SkeletonItem />
            <SkeletonItem />
          </Skeleton>
        ) : (
          <GraphErrorBar
            title="The pool could not be loaded"
            error={pool.error}
            onRetry={() => void pool.refetch()}
            retrying={pool.isFetching}
          />
        )}
      </>
    );
  }

  const name = poolName(pool.data);
  return (
    <>
      <title>{`${name} · Activation code pools`}</title>
      <PageHeader title={name} before={back} />
      <PageSection title="Properties">
        <PoolProperties pool={pool.data} />
      </PageSection>
      <PageSection title="Assignments">
        <AssignmentTable poolId={poolId} />
      </PageSection>
      <PageSection title="Add an assignment">
        <AssignmentForm key={poolId} poolId={poolId} onPoolNotFound={recheckPool} />
      </PageSection>
    </>
  );
}
