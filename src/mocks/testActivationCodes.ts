import type { GraphActivationCode } from "./activationCode";

export const TEST_SMDP_HOST = "smdp.contoso-mobile.example";

/**
 * `count` valid codes for one SM-DP+ host, all different; `first` shifts the numbers, so two
 * calls with different `first` values do not share an ICCID or a matching id.
 */
export function makeActivationCodes(
  count: number,
  host = TEST_SMDP_HOST,
  first = 0,
): GraphActivationCode[] {
  return Array.from({ length: count }, (_, index) => {
    const serial = String(first + index).padStart(6, "0");
    return {
      integratedCircuitCardIdentifier: `8944500000000${serial}`,
      matchingIdentifier: `K2-${serial}-TEST`,
      smdpPlusServerAddress: host,
    };
  });
}
