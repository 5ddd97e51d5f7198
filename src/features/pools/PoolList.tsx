import { Button, Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useDeferredValue, useMemo } from "react";
import { EmptyState, GraphErrorBar, useSearchParamText } from "../../components";
import { filterPools, poolCountLabel } from "./filterPools";
import { PoolListSkeleton } from "./PoolListSkeleton";
import { PoolTable } from "./PoolTable";
import { usePoolList, type PoolListProgress } from "./usePoolList";

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

const noPools: never[] = [];

/**
 * Every pool in the tenant, filterable by name; the filter lives in the URL (?q=). The first page
 * shows as soon as it arrives; the filter, the sort and the count apply to what has arrived.
 */
export function PoolList() {
  const styles = useStyles();
  const { query, progress } = usePoolList();
  const [filter, setFilter] = useSearchParamText("q");
  const deferredFilter = useDeferredValue(filter);

  const pools = query.data ?? noPools;
  // Memoised on the deferred filter, so typing re-renders the box at once and the grid later.
  const shown = useMemo(() => filterPools(pools, deferredFilter), [pools, deferredFilter]);
  // The deferred filter, as the rows: the count never pairs the new filter with the old rows.
  const filtered = deferredFilter.trim() !== "";
  const retry = () => void query.refetch();

  let content;
  if (query.isPending || (pools.length === 0 && progress === "counting")) {
    content = <PoolListSkeleton />;
  } else if (pools.length === 0 && progress === "stopped") {
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
        title={noMatchTitle(filter, progress)}
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
        {/* Busy while pages arrive: a screen reader reads the count once, not once a page. */}
        <Text role="status" aria-busy={progress === "counting"}>
          {query.data
            ? poolCountLabel({ shown: shown.length, loaded: pools.length, filtered, progress })
            : ""}
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

function noMatchTitle(filter: string, progress: PoolListProgress): string {
  const title = `No pools match “${filter.trim()}”`;
  return progress === "complete" ? title : `${title} so far`;
}
