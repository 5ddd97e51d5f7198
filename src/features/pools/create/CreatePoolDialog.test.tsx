import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { graphScopes } from "../../../mocks/authorization";
import { createFakeTokenGetter } from "../../../mocks/fakeTokenAuthorizer";
import { setupTestGraph } from "../../../mocks/testGraph";
import { createTestClient, recordGraphRequests, renderWithProviders } from "../../../test/render";
import type { GraphClient } from "../../../graph/clientTypes";
import { codeFileLines, iccidFailingLuhn, validIccid } from "./codeFileTestSupport";

const testGraph = setupTestGraph();
const HOST = "contoso.smdp.example";

function codeFile(lines: string[], name = "contoso codes.csv"): File {
  return new File([lines.join("\r\n")], name, { type: "text/csv" });
}

/**
 * jsdom has no layout, so Fluent focuses the dialog surface itself, and its focus manager keeps
 * the surface hidden from readers until focus is inside it (on a loaded machine, for good):
 * focus moves in the way a click would, then the dialog is found as a reader finds it.
 */
async function openNewPool(user: UserEvent) {
  await user.click(screen.getByRole("button", { name: "New pool" }));
  const surface = await screen.findByRole("dialog", { hidden: true }, { timeout: 10_000 });
  await user.click(within(surface).getByRole("button", { name: "Choose file", hidden: true }));
  return screen.findByRole("dialog", { name: "New pool" }, { timeout: 5000 });
}

async function openDialog(client: GraphClient = createTestClient(testGraph)) {
  const requests = recordGraphRequests(testGraph);
  const view = renderWithProviders(null, { client, route: "/pools" });
  await screen.findByRole("grid", { name: "Activation code pools" }, { timeout: 5000 });
  const dialog = await openNewPool(view.user);
  const choose = (file: File) =>
    view.user.upload(screen.getByLabelText("Operator's code file"), file);
  const posts = () => requests.count("POST", "/embeddedSIMActivationCodePools");
  return { ...view, dialog, choose, posts };
}

describe("CreatePoolDialog", () => {
  it("lists every bad line and offers no upload", async () => {
    const { dialog, choose, posts } = await openDialog();
    await choose(
      codeFile([
        `https://${HOST}`,
        `${validIccid(1)},M-1`,
        "8.90141E+19,M-2",
        `${validIccid(1)},M-3`,
      ]),
    );

    const problems = await within(dialog).findByRole("table", {
      name: "Problems in contoso codes.csv",
    });
    const rows = within(problems).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[0]?.textContent)).toEqual([
      "1",
      "3",
      "4",
    ]);
    expect(within(dialog).getByText("3 problems in the file")).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: /^Upload/ })).not.toBeInTheDocument();
    expect(posts()).toBe(0);
  });

  it("previews a clean file with the codes partly hidden, then creates the pool and shows it", async () => {
    const lines = codeFileLines(3, HOST);
    const { dialog, choose, user, queryClient } = await openDialog();
    await choose(codeFile(lines));

    expect(await within(dialog).findByText(HOST)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Pool name/)).toHaveValue("contoso");
    const preview = within(dialog).getByRole("table", { name: /First codes/ });
    expect(within(preview).getAllByRole("row")).toHaveLength(4);
    expect(dialog.textContent).not.toContain(validIccid(0));
    expect(dialog.textContent).not.toContain("MATCH-0");

    await user.clear(within(dialog).getByLabelText(/Pool name/));
    await user.type(within(dialog).getByLabelText(/Pool name/), "  Contoso 5G  ");
    await user.click(within(dialog).getByRole("button", { name: "Upload 3 codes" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Contoso 5G" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const created = testGraph.store
      .listPools()
      .find(({ displayName }) => displayName === "Contoso 5G");
    expect(created?.activationCodeCount).toBe(3);
    expect(testGraph.store.activationCodesOf(created?.id ?? "")).toEqual(
      lines.slice(1).map((line) => {
        const [iccid, matchingId] = line.split(",");
        return {
          integratedCircuitCardIdentifier: iccid,
          matchingIdentifier: matchingId,
          smdpPlusServerAddress: HOST,
        };
      }),
    );
    // The codes went with the dialog: no cache holds them.
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map(({ state }) => state.data),
      ),
    ).not.toContain(validIccid(0));
  });

  it("needs the admin's confirmation for an ICCID failing its check digit", async () => {
    const { dialog, choose, user, posts } = await openDialog();
    await choose(codeFile([HOST, `${validIccid(0)},M-0`, `${iccidFailingLuhn(1)},M-1`]));
    const upload = await within(dialog).findByRole("button", { name: "Upload 2 codes" });
    expect(
      within(dialog).getByRole("table", { name: /Check digits to confirm/ }),
    ).toBeInTheDocument();

    await user.click(upload);
    expect(
      await within(dialog).findByText("Confirm that you have checked them."),
    ).toBeInTheDocument();
    expect(posts()).toBe(0);

    await user.click(
      within(dialog).getByRole("checkbox", {
        name: "I have checked these codes with the operator",
      }),
    );
    await user.click(upload);
    await screen.findByRole("heading", { level: 1, name: "contoso" }, { timeout: 5000 });
    expect(posts()).toBe(1);
  });

  it("refuses an empty name without sending", async () => {
    const { dialog, choose, user, posts } = await openDialog();
    await choose(codeFile(codeFileLines(1, HOST)));
    await user.clear(await within(dialog).findByLabelText(/Pool name/));
    await user.type(within(dialog).getByLabelText(/Pool name/), "   ");
    await user.click(within(dialog).getByRole("button", { name: "Upload 1 code" }));
    expect(await within(dialog).findByText("Enter a name for the pool.")).toBeInTheDocument();
    expect(posts()).toBe(0);
  });

  it("warns when a pool for the provider probably exists, and explains Graph's refusal", async () => {
    const first = codeFileLines(1, HOST);
    testGraph.store.createPool("contoso", [
      {
        integratedCircuitCardIdentifier: validIccid(900),
        matchingIdentifier: "OLD-1",
        smdpPlusServerAddress: HOST,
      },
    ]);
    const { dialog, choose, user, posts } = await openDialog();
    await choose(codeFile(first));

    const warning = await within(dialog).findByText(`A pool for ${HOST} probably exists`);
    expect(
      within(warning.parentElement as HTMLElement).getByRole("link", { name: "contoso" }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Upload 1 code" }));

    expect(await within(dialog).findByText("The pool was not created")).toBeInTheDocument();
    expect(
      within(dialog).getByText(/If a pool for contoso\.smdp\.example exists, delete it/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/Request id/)).toBeInTheDocument();
    // The file stays selected: the preview and the upload are still there.
    expect(within(dialog).getByRole("button", { name: "Upload 1 code" })).toBeInTheDocument();
    expect(posts()).toBe(1);
  });

  it("after a lost answer, reads the pools again and reports the pool created, without posting twice", async () => {
    testGraph.faults.add({
      method: "POST",
      path: "/embeddedSIMActivationCodePools",
      afterHandler: true,
      drop: true,
    });
    const { dialog, choose, user, posts } = await openDialog();
    await choose(codeFile(codeFileLines(2, HOST)));
    await user.click(await within(dialog).findByRole("button", { name: "Upload 2 codes" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "contoso" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(posts()).toBe(1);
  });

  it("after a lost answer with no pool made, says it was not created and keeps the file", async () => {
    testGraph.faults.add({ method: "POST", path: "/embeddedSIMActivationCodePools", status: 503 });
    const { dialog, choose, user, posts } = await openDialog();
    await choose(codeFile(codeFileLines(2, HOST)));
    await user.click(await within(dialog).findByRole("button", { name: "Upload 2 codes" }));
    expect(
      await within(dialog).findByText(
        /hold no new pool: a pool named “contoso” with 2 codes was not created/,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Upload 2 codes" })).toBeInTheDocument();
    expect(posts()).toBe(1);
  });

  it("gives the read-only user the permission sentence", async () => {
    const readOnly = createTestClient(testGraph, {
      getAccessToken: createFakeTokenGetter([graphScopes.read]),
    });
    const { dialog, choose, user } = await openDialog(readOnly);
    await choose(codeFile(codeFileLines(1, HOST)));
    await user.click(await within(dialog).findByRole("button", { name: "Upload 1 code" }));
    expect(
      await within(dialog).findByText(/You are not allowed to make this change/),
    ).toBeInTheDocument();
  });

  it("drops the file when closed: opening again starts empty", async () => {
    const { dialog, choose, user } = await openDialog();
    await choose(codeFile(codeFileLines(1, HOST)));
    await within(dialog).findByText(HOST);
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await screen.findByRole("button", { name: "New pool" }, { timeout: 5000 });
    const reopened = await openNewPool(user);
    expect(within(reopened).queryByText(HOST)).not.toBeInTheDocument();
    expect(within(reopened).getByRole("button", { name: "Choose file" })).toBeInTheDocument();
  });
});
