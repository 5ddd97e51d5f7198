import { screen } from "@testing-library/react";
import type { GraphClient } from "../../graph/clientTypes";
import type { TestGraph } from "../../mocks/testGraph";
import {
  createTestClient,
  createTestQueryClient,
  recordGraphRequests,
  renderWithProviders,
} from "../../test/render";
import { assignmentQueries } from "./assignmentQueries";
import { AssignmentForm, type AssignmentFormProps } from "./AssignmentForm";

/** The form with the pool's assignments already cached, as the pool page shows it. */
export async function renderAssignmentForm(
  testGraph: TestGraph,
  props: AssignmentFormProps,
  client: GraphClient = createTestClient(testGraph),
) {
  const queryClient = createTestQueryClient();
  const listOptions = assignmentQueries.list(client, props.poolId);
  await queryClient.fetchQuery(listOptions);
  const recorder = recordGraphRequests(testGraph);
  const view = renderWithProviders(<AssignmentForm {...props} />, { client, queryClient });
  return {
    ...view,
    groupInput: screen.getByRole("textbox", { name: /group object id/i }),
    assign: screen.getByRole("button", { name: "Assign" }),
    recorder,
    posts: () => recorder.count("POST", "/assignments"),
    cachedAssignments: () => queryClient.getQueryData(listOptions.queryKey),
  };
}
