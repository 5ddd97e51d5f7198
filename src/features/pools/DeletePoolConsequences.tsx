import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { formatNumber } from "./format";
import type { Pool } from "./types";

function codeCountSentence(count: number | null): string {
  if (count === null) {
    return "Microsoft Graph did not say how many activation codes this pool holds.";
  }
  return `This pool holds ${formatNumber(count)} activation ${count === 1 ? "code" : "codes"}.`;
}

/** What the pool holds, and what deleting it takes away for good. */
export function DeletePoolConsequences({
  pool,
  assignments,
}: {
  pool: Pool;
  assignments: ReactNode;
}) {
  return (
    <>
      <Text as="p" block>
        {codeCountSentence(pool.activationCodeCount)}
      </Text>
      {assignments}
      <Text as="p" block>
        Deleting removes the pool, its activation codes and its assignments from Intune. Codes no
        device has used yet are gone: to use them again, you need the file from your mobile operator
        to create a pool again. This cannot be undone.
      </Text>
    </>
  );
}
