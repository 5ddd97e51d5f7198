import { useEffect, useRef } from "react";
import { RouterLink } from "../../components";
import { poolName } from "./format";
import type { Pool } from "./types";
import { usePoolPrefetch } from "./usePoolPrefetch";

/** A pointer that stays this long on a link means to open it; one passing over does not. */
export const HOVER_INTENT_MS = 100;

/**
 * The pool's name as a link to its page. Hovering it (briefly) or focusing it starts loading
 * that page, so it opens without waiting. Nothing here is state: intent re-renders no row.
 */
export function PoolNameLink({ pool }: { pool: Pool }) {
  const prefetch = usePoolPrefetch();
  const hoverTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const stopHoverTimer = () => clearTimeout(hoverTimer.current);
  // A row filtered away mid-hover does not prefetch afterwards.
  useEffect(() => () => clearTimeout(hoverTimer.current), []);

  return (
    <span
      onPointerEnter={() => {
        stopHoverTimer();
        hoverTimer.current = setTimeout(() => prefetch(pool.id), HOVER_INTENT_MS);
      }}
      onPointerLeave={stopHoverTimer}
      onFocus={() => prefetch(pool.id)}
    >
      <RouterLink to={`/pools/${encodeURIComponent(pool.id)}`}>{poolName(pool)}</RouterLink>
    </span>
  );
}
