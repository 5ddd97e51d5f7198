import { screen, within } from "@testing-library/react";
import type { GraphClient } from "../../graph/clientTypes";
import { targetTypes } from "../../mocks/assignmentTarget";
import { graphScopes } from "../../mocks/authorization";
import { createFakeTokenGetter } from "../../mocks/fakeTokenAuthorizer";
import type { FaultRuleInput } from "../../mocks/faultQueue";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient } from "../../test/render";
import { renderAssignmentForm } from "./assignmentFormTestSupport";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const seededCount = testGraph.store.listAssignments(poolId)?.length ?? 0;
const renderForm = (client?: GraphClient, onPoolNotFound?: () => void) =>
  renderAssignmentForm(testGraph, { poolId, onPoolNotFound }, client);
const storedWithGroup = (groupId: string) =>
  testGraph.store
    .listAssignments(poolId)
    ?.filter(
      (assignment) => "groupId" in assignment.target && assignment.target.groupId === groupId,
    );

describe("AssignmentForm: what Graph holds and answers", () => {
  it.each([
    [targetTypes.group, /already included in this pool/],
    [targetTypes.exclusionGroup, /excluded from this pool, so it cannot also be included/],
  ] as const)(
    "re-reads before posting: a %s another tab added meanwhile is refused, nothing is sent",
    async (odataType, explanation) => {
      const { user, groupInput, assign, posts, cachedAssignments } = await renderForm();
      const addedElsewhere = testGraph.store.addAssignment(poolId, {
        "@odata.type": odataType,
        groupId: seedIds.unassignedGroup,
        deviceAndAppManagementAssignmentFilterId: null,
        deviceAndAppManagementAssignmentFilterType: "none",
      });
      await user.type(groupInput, seedIds.unassignedGroup.toUpperCase());
      await user.click(assign);

      expect(await screen.findByRole("alert")).toHaveTextContent(explanation);
      expect(groupInput).toHaveAccessibleDescription(explanation);
      expect(groupInput).toHaveFocus();
      expect(posts()).toBe(0);
      expect(storedWithGroup(seedIds.unassignedGroup)).toHaveLength(1);
      expect(cachedAssignments()?.map(({ id }) => id)).toContain(addedElsewhere?.id);
      expect(screen.queryByRole("group", { name: /assignment/i })).not.toBeInTheDocument();
    },
  );

  it.each<[string, FaultRuleInput]>([
    [
      "the connection drops",
      { method: "POST", path: "/assignments", drop: true, afterHandler: true },
    ],
    ["a 504 arrives", { method: "POST", path: "/assignments", status: 504, afterHandler: true }],
  ])("shows a stored assignment as created when %s instead of its answer", async (_, fault) => {
    testGraph.faults.add(fault);
    const { user, groupInput, assign, posts, cachedAssignments } = await renderForm();
    await user.type(groupInput, seedIds.unassignedGroup);
    await user.click(assign);

    const success = await screen.findByRole("group", { name: "Assignment created" });
    const stored = storedWithGroup(seedIds.unassignedGroup);
    expect(stored).toHaveLength(1);
    expect(success).toHaveTextContent(
      `Included group ${seedIds.unassignedGroup}, assignment id ${stored?.[0]?.id}`,
    );
    expect(posts()).toBe(1);
    expect(testGraph.store.listAssignments(poolId)).toHaveLength(seededCount + 1);
    expect(cachedAssignments()?.map(({ id }) => id)).toContain(stored?.[0]?.id);
    expect(groupInput).toHaveValue("");
  });

  it("says the result is unknown when the answer is lost and the list does not show it", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", drop: true });
    const { user, groupInput, assign, posts, recorder } = await renderForm();
    await user.type(groupInput, seedIds.unassignedGroup);
    const sentFrom = recorder.requests.length;
    await user.click(assign);

    const bar = await screen.findByRole("group", {
      name: "The assignment may or may not have been created",
    });
    expect(bar).toHaveTextContent(/may or may not have been made/);
    expect(posts()).toBe(1);
    // Read before posting, and read again after the answer was lost; never posted again.
    const sent = recorder.requests.slice(sentFrom).map(({ method }) => method);
    expect(sent).toEqual(["GET", "POST", "GET"]);
    expect(testGraph.store.listAssignments(poolId)).toHaveLength(seededCount);
    expect(groupInput).toHaveValue(seedIds.unassignedGroup);
  });

  it("names the missing permission on a 403 and keeps the input", async () => {
    const readOnly = createTestClient(testGraph, {
      getAccessToken: createFakeTokenGetter([graphScopes.read]),
    });
    const { user, groupInput, assign, posts } = await renderForm(readOnly);
    await user.click(screen.getByRole("radio", { name: "Exclude a group" }));
    await user.type(groupInput, seedIds.unassignedGroup);
    await user.click(assign);

    const bar = await screen.findByRole("group", { name: "The assignment was not created" });
    expect(bar).toHaveTextContent(/DeviceManagementConfiguration\.ReadWrite\.All/);
    expect(within(bar).getByText("403")).toBeInTheDocument();
    expect(within(bar).getByText("Request id")).toBeInTheDocument();
    expect(groupInput).toHaveValue(seedIds.unassignedGroup);
    expect(screen.getByRole("radio", { name: "Exclude a group" })).toBeChecked();
    expect(posts()).toBe(1);
  });

  it("on a 404 says nothing was assigned and lets the page check whether the pool is gone", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", status: 404 });
    const onPoolNotFound = vi.fn();
    const { user, groupInput, assign } = await renderForm(undefined, onPoolNotFound);
    await user.type(groupInput, seedIds.unassignedGroup);
    await user.click(assign);

    const bar = await screen.findByRole("group", { name: "The assignment was not created" });
    expect(bar).toHaveTextContent(/found no such pool or group, so nothing was assigned/);
    expect(within(bar).getByText("404")).toBeInTheDocument();
    expect(onPoolNotFound).toHaveBeenCalledTimes(1);
    expect(groupInput).toHaveValue(seedIds.unassignedGroup);
  });

  it("says nothing was sent when the Graph client finds the browser offline (a really offline browser: e2e/offline.spec.ts)", async () => {
    let online = true;
    const client = createTestClient(testGraph, { isOnline: () => online });
    const { user, groupInput, assign, posts } = await renderForm(client);
    online = false;
    await user.type(groupInput, seedIds.unassignedGroup);
    await user.click(assign);

    // Offline already stops the re-read before writing.
    const bar = await screen.findByRole("group", {
      name: "The assignment was not created: the pool's assignments could not be checked",
    });
    expect(bar).toHaveTextContent(/You are offline/);
    expect(bar).toHaveTextContent(/nothing was sent/);
    expect(groupInput).toHaveValue(seedIds.unassignedGroup);
    expect(posts()).toBe(0);
  });
});
