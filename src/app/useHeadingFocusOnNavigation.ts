import { useEffect, useRef, type RefObject } from "react";
import { useLocation } from "react-router";

/**
 * After a navigation to another page, focus goes to the new page's h1, so screen reader and
 * keyboard users start where a sighted user looks. A change of query only (typing in a filter)
 * is not a new page, nor is a move between a page's sections (see isKeepFocus). React Router
 * navigates in a transition, so by the time the path changes here, the new page (its code
 * loaded) is on screen with its heading.
 */
export function useHeadingFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname, state } = useLocation();
  const shown = useRef(pathname);
  const keepFocus = isKeepFocus(state);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (keepFocus) return;
    const heading = main.current?.querySelector<HTMLElement>("h1");
    if (!heading) return;
    // Focusable from script only: a heading is not a Tab stop.
    if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    heading.focus();
  }, [pathname, main, keepFocus]);
}

/**
 * Navigation state `{ keepFocus: true }`: a section link inside the same page, where focus stays
 * on the link the user chose (as with tabs).
 */
function isKeepFocus(state: unknown): boolean {
  return (
    typeof state === "object" && state !== null && "keepFocus" in state && state.keepFocus === true
  );
}
