import { DeviceSummary } from "../../features/devices";
import { PoolProperties } from "../../features/pools";
import { PageSection } from "../PageSection";
import { usePoolSection } from "./poolSection";

export function PoolOverviewSection() {
  const { poolId, pool, deviceStates } = usePoolSection();
  return (
    <>
      <PageSection title="Properties">
        <PoolProperties pool={pool} />
      </PageSection>
      <PageSection title="Devices by install state">
        <DeviceSummary
          load={deviceStates}
          devicesPath={`/pools/${encodeURIComponent(poolId)}/devices`}
          activationCodeCount={pool.activationCodeCount}
        />
      </PageSection>
    </>
  );
}
