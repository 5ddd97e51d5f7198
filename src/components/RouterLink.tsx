import { Link } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useHref, useLinkClickHandler } from "react-router";

export interface RouterLinkProps {
  to: string;
  children: ReactNode;
  className?: string;
  inline?: boolean;
}

/** A Fluent link that navigates inside the app; a real <a href>, so new tab and copy work. */
export function RouterLink({ to, children, className, inline }: RouterLinkProps) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Link as="a" href={href} onClick={onClick} className={className} inline={inline}>
      {children}
    </Link>
  );
}
