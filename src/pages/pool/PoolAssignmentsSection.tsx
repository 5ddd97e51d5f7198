import { AssignmentForm, AssignmentTable } from "../../features/assignments";
import { PageSection } from "../PageSection";
import { usePoolSection } from "./poolSection";

export function PoolAssignmentsSection() {
  const { poolId, recheckPool } = usePoolSection();
  return (
    <>
      <PageSection title="Assignments">
        <AssignmentTable poolId={poolId} />
      </PageSection>
      <PageSection title="Add an assignment">
        <AssignmentForm key={poolId} poolId={poolId} onPoolNotFound={recheckPool} />
      </PageSection>
    </>
  );
}
