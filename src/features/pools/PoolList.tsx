import { Button, Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue } from "react";
import { EmptyState, GraphErrorBar, useSearchParamText } from "../../components";
import { useGraph } from "../../graph/GraphContext";
import { filterPools, poolCountLabel } from "./filterPools";
import { PoolListSkeleton } from "./PoolListSkeleton";
import { poolQueries } from "./poolQueries";
import { PoolTable } from "./PoolTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  toolbar: {
    display: "flex",
    alignItems: "flex-end",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
  },
  search: { minWidth: "min(320px, 100%)" },
});

/** Every pool in the tenant, filterable by name; the filter lives in the URL (?q=). */
export function PoolList() {
  const styles = useStyles();
  const graph = useGraph();
  const query = useQuery(poolQueries.list(graph));
  const [filter, setFilter] = useSearchParamText("q");

  const pools = query.data ?? [];
  const shown = filterPools(pools, useDeferredValue(filter));
  const filtered = filter.trim() !== "";
  const retry = () => void query.refetch();

  let content;
  if (query.isPending) {
    content = <PoolListSkeleton />;
  } else if (query.isError && !query.data) {
    content = null;
  } else if (pools.length === 0) {
    content = (
      <EmptyState
        title="No activation code pools yet"
        action={<Button onClick={retry}>Refresh</Button>}
      >
        A pool holds the eSIM activation codes from your mobile operator. Create one with New pool
        from the operator&apos;s file.
      </EmptyState>
    );
  } else if (shown.length === 0) {
    content = (
      <EmptyState
        title={`No pools match “${filter.trim()}”`}
        action={<Button onClick={() => setFilter("")}>Clear filter</Button>}
      >
        Check the spelling, or clear the filter to see every pool.
      </EmptyState>
    );
  } else {
    content = <PoolTable pools={shown} />;
  }

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Field label="Filter by name" className={styles.search}>
          <SearchBox value={filter} onChange={(_, data) => setFilter(data.value)} />
        </Field>
        <Text role="status">
          {query.data ? poolCountLabel(shown.length, pools.length, filtered) : ""}
        </Text>
      </div>
      {query.isError && (
        <GraphErrorBar
          title="The pools could not be loaded"
          error={query.error}
          onRetry={retry}
          retrying={query.isFetching}
        />
      )}
      {content}
    </div>
  );
}
