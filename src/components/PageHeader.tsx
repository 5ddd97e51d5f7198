import { Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
  },
  title: { margin: 0, wordBreak: "break-word" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface PageHeaderProps {
  title: ReactNode;
  /** Shown above the title, e.g. a "Back to pools" link. */
  before?: ReactNode;
  /** Buttons beside the title that act on the whole page, e.g. "Delete pool". */
  actions?: ReactNode;
  /** Shown under the title, e.g. a short description. */
  children?: ReactNode;
}

export function PageHeader({ title, before, actions, children }: PageHeaderProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {before}
      <div className={styles.titleRow}>
        <Title2 as="h1" className={styles.title}>
          {title}
        </Title2>
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      {children}
    </div>
  );
}
