import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useHref, useLinkClickHandler } from "react-router";
import { POOL_SECTIONS } from "./poolSection";

const useStyles = makeStyles({
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    margin: `0 0 ${tokens.spacingVerticalXL}`,
    padding: 0,
    listStyle: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
  },
  link: {
    display: "block",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecoration: "none",
    fontSize: tokens.fontSizeBase300,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    ":hover": {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

/** Links, not tabs: each section has its own URL, so Back, reload and new tab work. */
export function PoolSectionNav({ poolId, current }: { poolId: string; current: string }) {
  const styles = useStyles();
  return (
    <nav aria-label="Pool sections">
      <ul className={styles.list}>
        {POOL_SECTIONS.map(({ path, label }) => (
          <li key={path}>
            <SectionLink
              to={`/pools/${encodeURIComponent(poolId)}${path ? `/${path}` : ""}`}
              isCurrent={path === current}
              className={styles.link}
              currentClassName={styles.current}
            >
              {label}
            </SectionLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface SectionLinkProps {
  to: string;
  isCurrent: boolean;
  className: string;
  currentClassName: string;
  children: string;
}

function SectionLink({ to, isCurrent, className, currentClassName, children }: SectionLinkProps) {
  const href = useHref(to);
  // Focus stays on the link (see useHeadingFocusOnNavigation): the page around it is the same.
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to, { state: { keepFocus: true } });
  return (
    <a
      href={href}
      onClick={onClick}
      aria-current={isCurrent ? "page" : undefined}
      className={mergeClasses(className, isCurrent && currentClassName)}
    >
      {children}
    </a>
  );
}
