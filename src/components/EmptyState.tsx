import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
});

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** The next thing the admin can do, e.g. a button that clears a filter. */
  action?: ReactNode;
  headingLevel?: "h2" | "h3";
}

/** Never a blank table: says why there is nothing and what to do next. */
export function EmptyState({ title, children, action, headingLevel = "h2" }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <Subtitle2 as={headingLevel} className={styles.title}>
        {title}
      </Subtitle2>
      {children && <Body1 className={styles.description}>{children}</Body1>}
      {action}
    </section>
  );
}
