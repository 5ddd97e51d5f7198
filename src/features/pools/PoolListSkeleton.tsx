import { Skeleton, SkeletonItem, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "grid", gridTemplateColumns: "2fr 1fr 1fr 1fr", gap: tokens.spacingHorizontalL },
});

export function PoolListSkeleton({ rows = 6 }: { rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading pools" className={styles.root}>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className={styles.row}>
          <SkeletonItem />
          <SkeletonItem />
          <SkeletonItem />
          <SkeletonItem />
        </div>
      ))}
    </Skeleton>
  );
}
