import { DeviceList } from "../../features/devices";
import { poolName } from "../../features/pools";
import { PageSection } from "../PageSection";
import { usePoolSection } from "./poolSection";

export function PoolDevicesSection() {
  const { pool, deviceStates } = usePoolSection();
  return (
    <PageSection title="Devices">
      <DeviceList load={deviceStates} poolName={poolName(pool)} />
    </PageSection>
  );
}
