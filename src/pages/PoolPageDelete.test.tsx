import { Toaster } from "@fluentui/react-components";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { useNavigate } from "react-router";
import type { GraphClient } from "../graph/clientTypes";
import { graphScopes } from "../mocks/authorization";
import { createFakeTokenGetter } from "../mocks/fakeTokenAuthorizer";
import { seedGroups, seedIds } from "../mocks/seedData";
import { setupTestGraph } from "../mocks/testGraph";
import { createTestClient, recordGraphRequests, renderWithProviders } from "../test/render";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const count = (value: number) => new Intl.NumberFormat().format(value);

function seedPool(id: string) {
  const pool = testGraph.store.getPool(id);
  if (!pool?.displayName) throw new Error(`The seed lacks pool ${id}`);
  return { name: pool.displayName, codes: pool.activationCodeCount ?? 0 };
}

/**
 * What the app has around its pages: the browser's Back (for the MemoryRouter), and the Toaster
 * the app always shows. Like any Fluent part that stays mounted, the Toaster keeps Fluent's focus
 * manager (tabster) alive from one page to the next. Without one, leaving the pool's page with the
 * dialog open tears the manager down, and the aria-hidden it put on the rest of the page stays.
 */
function AppAround() {
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => void navigate(-1)}>Browser back</button>
      <Toaster />
    </>
  );
}

/**
 * The open dialog, with focus in its name field. jsdom lays nothing out, so Fluent's focus finder
 * sees nothing focusable on opening and the surface stays aria-hidden, nameless to queries, until
 * focus enters it; in a browser the field has focus at once. Clicking it is what a user does next.
 */
async function focusedDialog(user: UserEvent, name: string) {
  const surface = await screen.findByRole("dialog", { hidden: true }, { timeout: 5_000 });
  await user.click(within(surface).getByRole("textbox", { hidden: true }));
  const dialog = screen.getByRole("dialog", { name: `Delete pool “${name}”?` });
  const field = within(dialog).getByRole("textbox", {
    name: `Type the pool name “${name}” to confirm`,
  });
  expect(field).toHaveFocus();
  return { dialog, field };
}

/** The pool's page at `path` (its assignments unless given), with its Delete pool dialog open. */
async function openDeleteDialog({
  id = poolId,
  path = `/pools/${id}/assignments`,
  client = createTestClient(testGraph),
}: { id?: string; path?: string; client?: GraphClient } = {}) {
  const { name } = seedPool(id);
  const view = renderWithProviders(null, { client, route: path, above: <AppAround /> });
  // The section's code loads on first use: slow on a loaded machine.
  const button = await screen.findByRole("button", { name: "Delete pool" }, { timeout: 5_000 });
  await view.user.click(button);
  const { dialog, field } = await focusedDialog(view.user, name);
  const remove = within(dialog).getByRole("button", { name: "Delete" });
  const recorder = recordGraphRequests(testGraph);
  const deletes = () => recorder.count("DELETE", `/embeddedSIMActivationCodePools/${id}`);
  return { ...view, name, button, dialog, field, remove, recorder, deletes };
}

const listHeading = () =>
  screen.findByRole("heading", { level: 1, name: "Activation code pools" }, { timeout: 5_000 });

describe("Deleting a pool from its page", () => {
  it("names the pool, its code count and its assignments, and says what deleting means", async () => {
    const { dialog } = await openDeleteDialog();

    expect(dialog).toHaveTextContent(
      `This pool holds ${count(seedPool(poolId).codes)} activation codes.`,
    );
    const assignments = within(dialog).getByRole("list", { name: "Assignments" });
    await waitFor(() =>
      expect(
        within(assignments)
          .getAllByRole("listitem")
          .map((item) => item.textContent),
      ).toEqual([
        `Included group ${seedGroups.fieldEngineers.displayName}`,
        `Excluded group ${seedGroups.contractorsExcluded.displayName}`,
      ]),
    );
    expect(dialog).toHaveTextContent(
      "Deleting removes the pool, its activation codes and its assignments from Intune. Codes no device has used yet are gone: to use them again, you need the file from your mobile operator to create a pool again. This cannot be undone.",
    );
  });

  it("says when the pool has no assignments, and counts its codes", async () => {
    const { dialog } = await openDeleteDialog({
      id: seedIds.fullPool,
      path: `/pools/${seedIds.fullPool}`,
    });

    expect(dialog).toHaveTextContent(`This pool holds ${count(1000)} activation codes.`);
    expect(await within(dialog).findByText("No assignments.")).toBeVisible();
  });

  it("lists the assignments as soon as it opens: they came with the pool", async () => {
    // A read of the assignments on their own would be slow: none is sent.
    testGraph.faults.add({ method: "GET", path: "/assignments", delayMs: 2_500 });
    const { dialog } = await openDeleteDialog({ path: `/pools/${poolId}` });

    expect(within(dialog).queryByText("Loading the assignments…")).not.toBeInTheDocument();
    expect(within(dialog).getByRole("list", { name: "Assignments" })).toBeVisible();
  });

  it("closes on Cancel or Escape without sending anything, and puts focus back on Delete pool", async () => {
    const { user, dialog, field, button, recorder } = await openDeleteDialog();
    await user.type(field, "Contoso");

    // Tab cannot move inside Fluent's focus trap in jsdom (no layout): focus Cancel directly.
    act(() => within(dialog).getByRole("button", { name: "Cancel" }).focus());
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());

    await user.keyboard("{Enter}");
    // Each opening starts with an empty field.
    expect((await focusedDialog(user, seedPool(poolId).name)).field).toHaveValue("");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());

    await user.click(button);
    const reopened = await focusedDialog(user, seedPool(poolId).name);
    await user.click(within(reopened.dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(recorder.requests).toEqual([]);
  });

  it("does nothing until the pool's exact name is typed", async () => {
    const { user, field, remove, name, deletes } = await openDeleteDialog();
    expect(remove).toHaveAttribute("aria-disabled", "true");

    await user.click(remove);
    await user.type(field, name.slice(0, -1));
    await user.click(remove);
    await user.clear(field);
    await user.type(field, `${name.toLowerCase()}{Enter}`);
    await user.click(remove);

    expect(remove).toHaveAttribute("aria-disabled", "true");
    expect(deletes()).toBe(0);

    await user.clear(field);
    await user.type(field, `  ${name} `);
    expect(remove).not.toHaveAttribute("aria-disabled");
    expect(deletes()).toBe(0);
  });

  it("deletes with one DELETE and lands on the list, which says so and no longer has the pool", async () => {
    const { name } = seedPool(poolId);
    const { user } = renderWithProviders(null, {
      client: createTestClient(testGraph),
      route: "/pools",
      above: <AppAround />,
    });
    await user.click(await screen.findByRole("searchbox", { name: "Filter by name" }));
    await user.paste(name);
    await user.click(await screen.findByRole("link", { name }));
    await user.click(await screen.findByRole("link", { name: "Assignments" }));
    await screen.findByRole("table", { name: "Current assignments" }, { timeout: 5_000 });
    await user.click(screen.getByRole("button", { name: "Delete pool" }));
    const { dialog, field } = await focusedDialog(user, name);
    await user.type(field, name);
    const recorder = recordGraphRequests(testGraph);

    // Both clicks land before React renders the busy button.
    const remove = within(dialog).getByRole("button", { name: "Delete" });
    fireEvent.click(remove);
    fireEvent.click(remove);

    await listHeading();
    expect(screen.getByText(`Pool “${name}” was deleted.`)).toBeVisible();
    expect(screen.queryByRole("link", { name })).not.toBeInTheDocument();
    await user.clear(screen.getByRole("searchbox", { name: "Filter by name" }));
    expect(screen.getByRole("status")).toHaveTextContent(/^59 pools$/);
    // The list came from the cache; the deleted pool and its assignments were not read again.
    expect(recorder.requests.map(({ method, pathname }) => [method, pathname])).toEqual([
      ["DELETE", `/beta/deviceManagement/embeddedSIMActivationCodePools/${poolId}`],
    ]);
    expect(screen.queryByText("Pool not found")).not.toBeInTheDocument();
    expect(testGraph.store.getPool(poolId)).toBeUndefined();
  });

  it("shows the notice once: dismissed it is gone, and Back to the list does not bring it again", async () => {
    const { user, field, name } = await openDeleteDialog();
    await user.type(field, `${name}{Enter}`);
    await listHeading();
    const notice = `Pool “${name}” was deleted.`;
    expect(screen.getByText(notice)).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(notice)).not.toBeInTheDocument();

    await user.click(await screen.findByRole("link", { name: seedPool(seedIds.emptyPool).name }));
    await screen.findByRole("button", { name: "Delete pool" }, { timeout: 5_000 });
    await user.click(screen.getByRole("button", { name: "Browser back" }));
    await listHeading();
    await screen.findByRole("grid");
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });

  it("says so when someone else had already deleted the pool", async () => {
    const { user, field, remove, name, deletes } = await openDeleteDialog();
    testGraph.store.deletePool(poolId);

    await user.type(field, name);
    await user.click(remove);

    await listHeading();
    expect(screen.getByText(`Pool “${name}” had already been deleted.`)).toBeVisible();
    expect(deletes()).toBe(1);
  });

  it("keeps a read-only admin's refusal in the open dialog with the permission it needs, and the typed name", async () => {
    const readOnly = createTestClient(testGraph, {
      getAccessToken: createFakeTokenGetter([graphScopes.read]),
    });
    const { user, dialog, field, remove, name, deletes } = await openDeleteDialog({
      client: readOnly,
    });

    await user.type(field, name);
    await user.click(remove);

    const bar = await within(dialog).findByRole("group", { name: "The pool was not deleted" });
    expect(bar).toHaveTextContent(
      /You are not allowed to make this change\. It needs the Microsoft Graph permission DeviceManagementConfiguration\.ReadWrite\.All/,
    );
    expect(within(bar).getByText("403")).toBeInTheDocument();
    expect(screen.getByRole("dialog", { name: `Delete pool “${name}”?` })).toBe(dialog);
    expect(field).toHaveValue(name);
    expect(remove).not.toHaveAttribute("aria-disabled");
    expect(deletes()).toBe(1);
    expect(testGraph.store.getPool(poolId)).toBeDefined();
  });

  it("treats a failed DELETE as done when reading the pool again finds it gone, deleting once", async () => {
    testGraph.faults.add({ method: "DELETE", path: poolId, status: 500, afterHandler: true });
    const { user, field, remove, name, deletes } = await openDeleteDialog();

    await user.type(field, name);
    await user.click(remove);

    await listHeading();
    expect(screen.getByText(`Pool “${name}” was deleted.`)).toBeVisible();
    expect(deletes()).toBe(1);
  });

  it("shows a failed DELETE when the pool is still there, and does not send it again", async () => {
    testGraph.faults.add({ method: "DELETE", path: poolId, status: 500 });
    const { user, dialog, field, remove, name, recorder, deletes } = await openDeleteDialog();

    await user.type(field, name);
    await user.click(remove);

    const bar = await within(dialog).findByRole("group", { name: "The pool was not deleted" });
    expect(within(bar).getByText("500")).toBeInTheDocument();
    await waitFor(() => expect(remove).not.toHaveAttribute("aria-disabled"));
    expect(recorder.requests.map(({ method }) => method)).toEqual(["DELETE", "GET"]);
    expect(deletes()).toBe(1);
    expect(field).toHaveValue(name);
    expect(testGraph.store.getPool(poolId)).toBeDefined();
  });

  it("is busy while deleting: Escape does not close it and another click sends nothing more", async () => {
    testGraph.faults.add({ method: "DELETE", path: poolId, delayMs: 1500 });
    const { user, dialog, field, remove, name, deletes } = await openDeleteDialog();
    await user.type(field, name);

    await user.click(remove);
    expect(remove).toHaveAttribute("aria-disabled", "true");
    expect(within(remove).getByRole("progressbar")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await user.click(remove);
    expect(screen.getByRole("dialog", { name: `Delete pool “${name}”?` })).toBe(dialog);

    await listHeading();
    expect(deletes()).toBe(1);
  });

  it("offers no Delete pool on a pool that no longer exists", async () => {
    renderWithProviders(null, {
      client: createTestClient(testGraph),
      route: "/pools/4d7e0a4c-0000-4000-8000-000000000404",
    });
    expect(
      await screen.findByText("This pool no longer exists", {}, { timeout: 5_000 }),
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "Delete pool" })).not.toBeInTheDocument();
  });
});
