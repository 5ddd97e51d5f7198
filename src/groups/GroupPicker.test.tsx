import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { TokenAcquisitionError } from "../auth/tokenGetter";
import { seedGroups, seedIds } from "../mocks/seedData";
import { setupTestGraph } from "../mocks/testGraph";
import { createTestClient, recordGraphRequests, renderWithProviders } from "../test/render";
import { GroupAccessNote } from "./GroupAccessNote";
import { GroupPicker } from "./GroupPicker";
import type { GroupAccess } from "./groupAccess";
import type { Group } from "./types";

const testGraph = setupTestGraph();

function Picker({ blocked = {} }: { blocked?: Record<string, string> }) {
  const [groups, setGroups] = useState<Group[]>([]);
  return (
    <>
      <GroupPicker
        label="Groups to include"
        selected={groups}
        onChange={setGroups}
        blockedReason={(id) => blocked[id]}
      />
      <GroupAccessNote context="search" />
      <input readOnly aria-label="Picked ids" value={groups.map(({ id }) => id).join(",")} />
    </>
  );
}

function renderPicker(
  options: { blocked?: Record<string, string>; groupAccess?: GroupAccess } = {},
) {
  const client = createTestClient(testGraph);
  const recorder = recordGraphRequests(testGraph);
  const view = renderWithProviders(<Picker blocked={options.blocked} />, {
    client,
    groupAccess: options.groupAccess,
  });
  const input = screen.getByRole("combobox", { name: "Groups to include" });
  const searches = () => recorder.requests.filter(({ pathname }) => pathname.endsWith("/groups"));
  return { ...view, input, recorder, searches, picked: () => screen.getByLabelText("Picked ids") };
}

const option = (name: string) =>
  screen.findByRole("option", {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  });

describe("GroupPicker", () => {
  it("searches once the admin pauses after two characters, and picks a group by name", async () => {
    const { user, input, searches, picked } = renderPicker();
    await user.type(input, "s");
    expect(
      await screen.findByRole("option", { name: "Type at least 2 characters to search." }),
    ).toBeVisible();
    await user.type(input, "pare");

    await user.click(await option(seedGroups.spareDevices.displayName));
    expect(picked()).toHaveValue(seedGroups.spareDevices.id);
    expect(
      within(screen.getByRole("listbox", { name: "Picked groups" })).getByText("Spare Devices"),
    ).toBeVisible();
    // Typing pauses before a search: one request for what was typed in one go.
    expect(
      searches().map(({ request }) => new URL(request.url).searchParams.get("$search")),
    ).toEqual(['"displayName:spare"']);
    expect(searches()[0]?.request.headers.get("ConsistencyLevel")).toBe("eventual");
  });

  it("aborts a search the admin has typed past", async () => {
    testGraph.faults.add({ method: "GET", path: "/groups", delayMs: 3000 });
    const { user, input, searches } = renderPicker();
    await user.type(input, "fie");
    await waitFor(() => expect(searches()).toHaveLength(1));
    await user.type(input, "ld");

    await option(seedGroups.fieldEngineersTablets.displayName);
    const [older, newer] = searches();
    expect(older?.request.signal.aborted).toBe(true);
    expect(newer?.request.signal.aborted).toBe(false);
    expect(new URL(newer?.request.url ?? "").searchParams.get("$search")).toBe(
      '"displayName:field"',
    );
  });

  it("shows badges and a group's users warning, and marks a group already on the pool so it cannot be picked", async () => {
    const { user, input, picked } = renderPicker({
      blocked: { [seedGroups.fieldEngineers.id]: "Already included" },
    });
    await user.type(input, "field eng");
    const included = await option(seedGroups.fieldEngineers.displayName);
    expect(included).toHaveTextContent("Already included");
    expect(included).toHaveAttribute("aria-disabled", "true");
    await user.click(included);
    expect(picked()).toHaveValue("");

    await user.clear(input);
    await user.type(input, "sales team");
    const salesTeam = await option(seedGroups.salesTeam.displayName);
    expect(salesTeam).toHaveTextContent("Microsoft 365");
    expect(salesTeam).toHaveTextContent("Holds users: Intune targets eSIM profiles at devices.");
    await user.click(salesTeam);
    expect(screen.getByText(/^Sales Team holds users, not devices/)).toBeVisible();
  });

  it("resolves a pasted object id, and says when no group has it, before anything else is sent", async () => {
    const { user, input, recorder } = renderPicker();
    await user.click(input);
    await user.paste(`{${seedIds.dynamicDeviceGroup.toUpperCase()}}`);
    expect(await option(seedGroups.allIPhones.displayName)).toHaveTextContent("Dynamic (devices)");

    await user.clear(input);
    await user.paste(seedIds.deletedGroup);
    expect(
      await screen.findByRole("option", {
        name: `No group with id ${seedIds.deletedGroup} in this tenant.`,
      }),
    ).toBeVisible();
    expect(recorder.requests.map(({ method, pathname }) => `${method} ${pathname}`)).toEqual([
      `GET /beta/groups/${seedIds.dynamicDeviceGroup}`,
      `GET /beta/groups/${seedIds.deletedGroup}`,
    ]);
  });

  it("says so in the list when nothing matches, and when the search failed, with the request id", async () => {
    const { user, input } = renderPicker();
    await user.type(input, "zzz nothing");
    expect(
      await screen.findByRole("option", { name: 'No groups match "zzz nothing".' }),
    ).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent('No groups match "zzz nothing".');

    testGraph.faults.add({
      method: "GET",
      path: "/groups",
      status: 400,
      code: "Request_BadRequest",
      message: "Bad.",
    });
    await user.clear(input);
    await user.type(input, "retail");
    const failed = await screen.findByRole("option", {
      name: /^The search failed: Microsoft Graph rejected the request as invalid\. Request id [0-9a-f-]{36}\.$/,
    });
    expect(failed).toBeVisible();
  });

  it("asks before opening a sign-in window when Entra ID needs the admin, and searches once allowed", async () => {
    const asked: string[][] = [];
    let consent: () => void = () => undefined;
    const client = createTestClient(testGraph, {
      getAccessToken: async (scopes, options) => {
        const groups = scopes.some((scope) => scope.endsWith("GroupMember.Read.All"));
        if (groups && asked.length === 0 && options?.interaction === "fail") {
          throw new TokenAcquisitionError("needs you", "consent_required", "interactionRequired");
        }
        return "fake:DeviceManagementConfiguration.ReadWrite.All GroupMember.Read.All";
      },
    });
    const { user } = renderWithProviders(<Picker />, {
      client,
      requestInteractively: (scopes) => {
        asked.push([...scopes]);
        return new Promise<void>((resolve) => {
          consent = resolve;
        });
      },
    });
    await user.type(screen.getByRole("combobox", { name: "Groups to include" }), "spare");
    expect(
      await screen.findByRole("option", { name: /Confirm access to groups below/ }),
    ).toBeVisible();

    const button = await screen.findByRole("button", { name: "Continue to search groups" });
    expect(asked).toEqual([]);
    await user.click(button);
    expect(asked).toEqual([["https://graph.microsoft.com/GroupMember.Read.All"]]);
    expect(button).toHaveAttribute("aria-disabled", "true");
    consent();
    await waitFor(() =>
      expect(
        screen.queryByRole("button", { name: "Continue to search groups" }),
      ).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole("combobox", { name: "Groups to include" }));
    expect(await option(seedGroups.spareDevices.displayName)).toBeVisible();
  });

  it("offers the sign-in window again, saying it was closed, when the admin closed it", async () => {
    const client = createTestClient(testGraph, {
      getAccessToken: async () => {
        throw new TokenAcquisitionError("needs you", "consent_required", "interactionRequired");
      },
    });
    const { user } = renderWithProviders(<Picker />, {
      client,
      requestInteractively: async () => {
        throw new TokenAcquisitionError("Sign-in was cancelled.", "user_cancelled", "cancelled");
      },
    });
    await user.type(screen.getByRole("combobox", { name: "Groups to include" }), "spare");
    await user.click(await screen.findByRole("button", { name: "Continue to search groups" }));
    expect(
      await screen.findByText(
        /^The sign-in window was closed before it finished\. To find groups by name/,
      ),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Continue to search groups" })).toBeEnabled();
  });
});
