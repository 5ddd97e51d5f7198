import type { GraphClient, RequestOptions } from "../../../graph/clientTypes";
import { fromGraphPool, graphPoolSchema, poolsPath } from "../graphPool";
import type { Pool } from "../types";
import type { ActivationCode } from "./types";

export interface NewPool {
  displayName: string;
  /** The SM-DP+ host every code of the pool is downloaded from. */
  host: string;
  codes: readonly ActivationCode[];
}

const poolOdataType = "#microsoft.graph.embeddedSIMActivationCodePool";

/** Uploads the operator's codes as a new pool; Graph never gives the codes back. */
export async function createPool(
  graph: GraphClient,
  { displayName, host, codes }: NewPool,
  options?: RequestOptions,
): Promise<Pool> {
  const body = {
    "@odata.type": poolOdataType,
    displayName,
    activationCodes: codes.map(({ iccid, matchingId }) => ({
      integratedCircuitCardIdentifier: iccid,
      matchingIdentifier: matchingId,
      smdpPlusServerAddress: host,
    })),
  };
  return fromGraphPool(await graph.post(poolsPath, body, graphPoolSchema, options));
}
