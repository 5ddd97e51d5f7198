import { PageHeader } from "../components";
import { NewPoolButton, PoolList } from "../features/pools";
import { DeletedPoolNotice } from "./DeletedPoolNotice";

export function PoolsPage() {
  return (
    <>
      <title>Activation code pools</title>
      <PageHeader title="Activation code pools" actions={<NewPoolButton />}>
        The tenant's eSIM activation code pools. Open a pool to see its devices and assignments, or
        create one from the operator's file.
      </PageHeader>
      <DeletedPoolNotice />
      <PoolList />
    </>
  );
}
