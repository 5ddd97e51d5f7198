import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Fragment } from "react";
import { RouterLink } from "../../../components";
import { poolName } from "../format";
import type { Pool } from "../types";

/** Intune keeps one pool per provider: say so before an upload it would refuse. */
export function SameProviderWarning({ pools, host }: { pools: readonly Pool[]; host: string }) {
  if (pools.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>A pool for {host} probably exists</MessageBarTitle>
        {pools.map((pool, index) => (
          <Fragment key={pool.id}>
            {index > 0 && ", "}
            <RouterLink to={`/pools/${pool.id}`}>{poolName(pool)}</RouterLink>
          </Fragment>
        ))}{" "}
        carries the name the admin center gives this provider&apos;s pool. Intune keeps one pool per
        SM-DP+ provider and refuses a second one. To add codes, delete that pool and upload its old
        codes and the new ones together in one file.
      </MessageBarBody>
    </MessageBar>
  );
}
