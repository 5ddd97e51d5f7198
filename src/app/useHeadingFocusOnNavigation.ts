import { useEffect, useRef, type RefObject } from "react";
import { useLocation } from "react-router";

/**
 * After a navigation to another page, focus goes to the new page's h1, so screen reader and
 * keyboard users start where a sighted user looks. A change of query only (typing in a filter)
 * is not a new page. React Router navigates in a transition, so by the time the path changes
 * here, the new page (its code loaded) is on screen with its heading.
 */
export function useHeadingFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const heading = main.current?.querySelector<HTMLElement>("h1");
    if (!heading) return;
    // Focusable from script only: a heading is not a Tab stop.
    if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    heading.focus();
  }, [pathname, main]);
}
