import { PageHeader } from "../components";
import { PoolList } from "../features/pools";

export function PoolsPage() {
  return (
    <>
      <title>Activation code pools</title>
      <PageHeader title="Activation code pools">
        The tenant's eSIM activation code pools. Open a pool to see and add its assignments.
      </PageHeader>
      <PoolList />
    </>
  );
}
