import { z } from "../zod";
import type { DeletePoolOutcome } from "../features/pools";

const outcomes = ["deleted", "alreadyGone"] as const satisfies readonly DeletePoolOutcome[];

// Router state outlives the code that wrote it (history keeps it): read it as untrusted.
const deletedPoolStateSchema = z.object({
  deletedPool: z.object({ name: z.string(), outcome: z.enum(outcomes) }),
});

export type DeletedPool = z.infer<typeof deletedPoolStateSchema>["deletedPool"];

/** Router state for /pools after a pool was deleted, so the list can say so (not in the URL). */
export function deletedPoolState(deletedPool: DeletedPool) {
  return { deletedPool };
}

export function readDeletedPool(state: unknown): DeletedPool | undefined {
  return deletedPoolStateSchema.safeParse(state).data?.deletedPool;
}
