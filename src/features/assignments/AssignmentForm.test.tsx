import { screen, waitFor } from "@testing-library/react";
import { saveDraftsBeforeRedirect } from "../../auth/interactionDrafts";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { renderAssignmentForm } from "./assignmentFormTestSupport";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const renderForm = () => renderAssignmentForm(testGraph, { poolId });

describe("AssignmentForm", () => {
  it.each([
    ["not-a-guid", /not a group object id/],
    [`{${seedIds.unassignedGroup}}`, /Remove the braces/],
    ["00000000-0000-0000-0000-000000000000", /all-zero id/],
    ["", /Enter the group's object id/],
  ])("rejects %j with the reason, focuses the field and sends nothing", async (value, reason) => {
    const { user, groupInput, assign, posts } = await renderForm();
    await user.click(groupInput);
    if (value) await user.paste(value);

    await user.click(assign);

    expect(await screen.findByRole("alert")).toHaveTextContent(reason);
    expect(groupInput).toHaveAccessibleDescription(reason);
    expect(groupInput).toHaveAttribute("aria-invalid", "true");
    expect(groupInput).toHaveFocus();
    expect(posts()).toBe(0);
  });

  it("refuses a group that is already included, or would be both included and excluded", async () => {
    const { user, groupInput, assign, posts } = await renderForm();
    await user.type(groupInput, seedIds.includedGroup);
    await user.click(assign);
    expect(await screen.findByRole("alert")).toHaveTextContent(/already included in this pool/);

    await user.click(screen.getByRole("radio", { name: "Exclude a group" }));
    await user.click(assign);
    expect(await screen.findByRole("alert")).toHaveTextContent(/cannot also be excluded/);
    expect(posts()).toBe(0);
  });

  it("notes that Intune documents eSIM targeting for device groups on the broad targets", async () => {
    const { user } = await renderForm();
    const allDevices = screen.getByRole("radio", { name: "All devices" });
    await user.click(allDevices);
    expect(screen.getByRole("radiogroup")).toHaveAccessibleDescription(/device groups only/);
    expect(screen.queryByRole("textbox", { name: /group object id/i })).not.toBeInTheDocument();
  });

  it("creates the assignment and shows it as Graph returned it", async () => {
    const { user, groupInput, assign, posts } = await renderForm();
    await user.type(groupInput, `  ${seedIds.unassignedGroup} `);
    await user.click(assign);

    const success = await screen.findByRole("group", { name: "Assignment created" });
    const stored = testGraph.store.listAssignments(poolId)?.at(-1);
    expect(stored?.target).toMatchObject({ groupId: seedIds.unassignedGroup });
    expect(success).toHaveTextContent(`Included group ${seedIds.unassignedGroup}`);
    expect(success).toHaveTextContent(`assignment id ${stored?.id}`);
    expect(posts()).toBe(1);
  });

  it("sends exactly one POST for a double click, and is busy meanwhile", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", delayMs: 100 });
    const { user, groupInput, assign, posts } = await renderForm();
    await user.type(groupInput, seedIds.unassignedGroup);

    await user.dblClick(assign);
    await waitFor(() => expect(assign).toHaveAttribute("aria-disabled", "true"));
    await user.click(assign);

    await screen.findByRole("group", { name: "Assignment created" });
    expect(posts()).toBe(1);
    expect(testGraph.store.listAssignments(poolId)).toHaveLength(3);
  });

  it("sends exactly one POST for a double Enter", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", delayMs: 100 });
    const { user, groupInput, posts } = await renderForm();
    await user.type(groupInput, `${seedIds.unassignedGroup}{Enter}{Enter}`);

    await screen.findByRole("group", { name: "Assignment created" });
    expect(posts()).toBe(1);
  });
  it("keeps what was typed across an interactive sign-in redirect", async () => {
    const first = await renderForm();
    await first.user.click(screen.getByRole("radio", { name: "Exclude a group" }));
    await first.user.type(first.groupInput, seedIds.unassignedGroup);
    saveDraftsBeforeRedirect();
    first.unmount();

    const second = await renderForm();
    expect(screen.getByRole("radio", { name: "Exclude a group" })).toBeChecked();
    expect(second.groupInput).toHaveValue(seedIds.unassignedGroup);
  });
});
