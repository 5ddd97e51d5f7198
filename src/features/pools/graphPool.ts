import { z } from "../../zod";
import { graphPath } from "../../graph/graphPath";
import type { Pool } from "./types";

export const poolsPath = "/deviceManagement/embeddedSIMActivationCodePools";

export function poolPath(poolId: string): string {
  return graphPath`/deviceManagement/embeddedSIMActivationCodePools/${poolId}`;
}

export const graphPoolSchema = z.looseObject({
  id: z.string(),
  displayName: z.string().nullish(),
  activationCodeCount: z.number().int().nullish(),
  createdDateTime: z.string().nullish(),
  modifiedDateTime: z.string().nullish(),
});

export type GraphPool = z.infer<typeof graphPoolSchema>;

function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function fromGraphPool(pool: GraphPool): Pool {
  return {
    id: pool.id,
    displayName: pool.displayName ?? "",
    activationCodeCount: pool.activationCodeCount ?? null,
    createdDateTime: toDate(pool.createdDateTime),
    modifiedDateTime: toDate(pool.modifiedDateTime),
  };
}
