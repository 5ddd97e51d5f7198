import { Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalL,
  },
  title: { margin: 0, wordBreak: "break-word" },
});

export interface PageHeaderProps {
  title: ReactNode;
  /** Shown above the title, e.g. a "Back to pools" link. */
  before?: ReactNode;
  /** Shown under the title, e.g. a short description. */
  children?: ReactNode;
}

export function PageHeader({ title, before, children }: PageHeaderProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {before}
      <Title2 as="h1" className={styles.title}>
        {title}
      </Title2>
      {children}
    </div>
  );
}
