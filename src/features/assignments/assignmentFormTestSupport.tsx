import { screen } from "@testing-library/react";
import type { GraphClient } from "../../graph/clientTypes";
import type { TestGraph } from "../../mocks/testGraph";
import type { GroupAccess } from "../../groups";
import {
  createTestClient,
  createTestQueryClient,
  groupsRefused,
  recordGraphRequests,
  renderWithProviders,
} from "../../test/render";
import { assignmentQueries } from "./assignmentQueries";
import { AssignmentForm, type AssignmentFormProps } from "./AssignmentForm";

/**
 * The form with the pool's assignments already cached, as the pool page shows it. It offers the
 * group object id field unless `groupAccess` says otherwise: what happens after submitting is the
 * same whichever way the group was chosen.
 */
export async function renderAssignmentForm(
  testGraph: TestGraph,
  props: AssignmentFormProps,
  client: GraphClient = createTestClient(testGraph),
  groupAccess: GroupAccess = groupsRefused,
) {
  const queryClient = createTestQueryClient();
  const listOptions = assignmentQueries.list(client, props.poolId);
  await queryClient.fetchQuery(listOptions);
  const recorder = recordGraphRequests(testGraph);
  const view = renderWithProviders(<AssignmentForm {...props} />, {
    client,
    queryClient,
    groupAccess,
  });
  return {
    ...view,
    groupInput:
      screen.queryByRole("textbox", { name: /group object id/i }) ?? screen.getByRole("combobox"),
    assign: screen.getByRole("button", { name: "Assign" }),
    recorder,
    posts: () => recorder.count("POST", "/assignments"),
    cachedAssignments: () => queryClient.getQueryData(listOptions.queryKey)?.assignments,
  };
}
