import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Spinner,
} from "@fluentui/react-components";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { Outlet, useMatch, useParams } from "react-router";
import { GraphErrorBar, PageHeader, RouterLink } from "../components";
import { useDeviceStateLoad } from "../features/devices";
import { poolName, poolQueries } from "../features/pools";
import { useGraph } from "../graph/GraphContext";
import { isGraphError } from "../graph/GraphError";
import { DeletePoolButton } from "./pool/DeletePoolButton";
import { POOL_SECTIONS, type PoolSectionContext } from "./pool/poolSection";
import { PoolSectionNav } from "./pool/PoolSectionNav";

/**
 * One pool, deep-linkable at /pools/:poolId, with its sections (overview, assignments, devices)
 * at their own addresses. Another pool is another page: nothing carries over.
 */
export function PoolPage() {
  const { poolId = "" } = useParams();
  return <PoolLayout key={poolId} poolId={poolId} />;
}

function PoolLayout({ poolId }: { poolId: string }) {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const pool = useQuery({
    ...poolQueries.detail(graph, poolId),
    // Coming from the list, show what it already knows while the pool itself loads. The list
    // knows no assignments, but only this observer sees a placeholder, and it reads the pool.
    placeholderData: () => {
      const listed = queryClient
        .getQueryData(poolQueries.list(graph).queryKey)
        ?.find(({ id }) => id === poolId);
      return listed && { pool: listed, assignments: [] };
    },
  });
  const deviceStates = useDeviceStateLoad(graph, poolId);
  const sectionPath = useMatch("/pools/:poolId/:section")?.params.section ?? "";
  const section = POOL_SECTIONS.find(({ path }) => path === sectionPath);
  const gone = isGraphError(pool.error) && pool.error.status === 404;

  useEffect(() => {
    // The list may still show the deleted pool from its cache.
    if (gone) void queryClient.invalidateQueries(poolQueries.list(graph));
  }, [gone, graph, queryClient]);

  // A 404 on the pool's assignments: reading the pool again shows whether it was deleted. Not when
  // that 404 came from reading the pool itself (the check before assigning reads it).
  const recheckPool = () => {
    const { queryKey } = poolQueries.detail(graph, poolId);
    const { error } = queryClient.getQueryState(queryKey) ?? {};
    if (isGraphError(error) && error.status === 404) return;
    void queryClient.invalidateQueries({ queryKey });
  };

  const back = <RouterLink to="/pools">Back to pools</RouterLink>;
  const title = gone ? "Pool not found" : pool.data ? poolName(pool.data) : "Pool";
  let body;
  if (gone) {
    body = (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This pool no longer exists</MessageBarTitle>
          It may have been deleted, or the link is wrong. {back}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (pool.isPending) {
    body = (
      <Skeleton aria-label="Loading pool">
        <SkeletonItem />
        <SkeletonItem />
      </Skeleton>
    );
  } else if (!pool.data) {
    // Only a first read that failed: a failed re-read (the check before assigning reads this same
    // entry) keeps the page, and the assignments section says what went wrong.
    body = (
      <GraphErrorBar
        title="The pool could not be loaded"
        error={pool.error}
        onRetry={() => void pool.refetch()}
        retrying={pool.isFetching}
      />
    );
  } else {
    const context: PoolSectionContext = { poolId, pool: pool.data, deviceStates, recheckPool };
    body = (
      <>
        <PoolSectionNav poolId={poolId} current={sectionPath} />
        <Suspense fallback={<Spinner label="Loading…" />}>
          <Outlet context={context} />
        </Suspense>
      </>
    );
  }

  const titleParts = [section && section.path !== "" ? section.label : undefined, title];
  // One header for every state, so the heading that got focus on arrival stays in place.
  return (
    <>
      <title>{`${titleParts.filter(Boolean).join(" · ")} · Activation code pools`}</title>
      <PageHeader
        title={title}
        before={gone ? undefined : back}
        // Once the pool itself has loaded: the list's placeholder may be a pool Graph no longer has.
        actions={pool.isSuccess && !pool.isPlaceholderData && <DeletePoolButton pool={pool.data} />}
      />
      {body}
    </>
  );
}
