import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";
import { NavLink } from "react-router";
import { AccountMenu } from "./AccountMenu";
import { OfflineBanner } from "./OfflineBanner";
import { productName } from "./product";
import { useTheme } from "./theme";
import { useHeadingFocusOnNavigation } from "./useHeadingFocusOnNavigation";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  nav: { display: "flex", gap: tokens.spacingHorizontalM, flexGrow: 1 },
  navLink: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "none",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    '&[aria-current="page"]': { fontWeight: tokens.fontWeightSemibold },
  },
  main: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    maxWidth: "1200px",
    margin: "0 auto",
  },
  skip: {
    position: "absolute",
    left: "-10000px",
    ":focus": { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 1 },
  },
});

export function AppShell({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const theme = useTheme();
  const nextTheme = theme.mode === "dark" ? "light" : "dark";
  const main = useRef<HTMLElement>(null);
  useHeadingFocusOnNavigation(main);
  return (
    <>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.header}>
        <Text className={styles.brand}>{productName}</Text>
        <nav className={styles.nav} aria-label="Main">
          <NavLink to="/pools" className={styles.navLink}>
            Pools
          </NavLink>
        </nav>
        <Button
          appearance="subtle"
          onClick={theme.toggle}
          aria-label={`Switch to ${nextTheme} theme`}
        >
          {nextTheme === "dark" ? "Dark theme" : "Light theme"}
        </Button>
        <AccountMenu />
      </header>
      <main id="main" ref={main} className={styles.main}>
        <OfflineBanner />
        {children}
      </main>
    </>
  );
}
