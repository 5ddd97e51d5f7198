import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { groupReadPermission } from "../config/clouds";
import { requestIdSentence } from "../components";
import type { GroupAccess } from "./groupAccess";
import { useGroupAccess } from "./GroupsProvider";

export type AccessNoteContext = "search" | "names";

const consequence: Record<AccessNoteContext, { pending: string; denied: string; action: string }> =
  {
    search: {
      pending: "To find groups by name",
      denied: "Groups cannot be searched by name",
      action: "Enter the group's object id instead.",
    },
    names: {
      pending: "To show group names",
      denied: "Group names are not shown",
      action: "The groups' object ids are listed instead.",
    },
  };

/** Why it was refused, in words; the request id goes with it when Graph refused. */
export function deniedSentence(
  access: Extract<GroupAccess, { status: "denied" }>,
  context: AccessNoteContext,
) {
  const why =
    access.cause === "forbidden"
      ? `Microsoft Graph refused to read groups for your account (it needs ${groupReadPermission})`
      : `this app has not been granted ${groupReadPermission} for your account (an administrator can grant it in Microsoft Entra ID)`;
  const trace = requestIdSentence(access.error);
  return `${consequence[context].denied}: ${why}. ${consequence[context].action}${trace}`;
}

/**
 * Shown while group reads wait for the admin: a sentence and the button that opens the sign-in
 * window; or, once refused, why. Nothing at all while access is fine.
 */
export function GroupAccessNote({ context }: { context: AccessNoteContext }) {
  const { access, ask } = useGroupAccess();
  if (access.status === "denied") {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{deniedSentence(access, context)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (access.status !== "needsConsent" && access.status !== "asking") return null;
  const asking = access.status === "asking";
  const notice = access.status === "needsConsent" && access.notice ? `${access.notice} ` : "";
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {notice}
        {consequence[context].pending}, Microsoft Entra ID needs you to confirm that this app may
        read groups ({groupReadPermission}). A sign-in window opens; this page stays as it is.
      </MessageBarBody>
      <MessageBarActions>
        <Button
          onClick={ask}
          disabledFocusable={asking}
          icon={asking ? <Spinner size="tiny" /> : undefined}
        >
          {context === "search" ? "Continue to search groups" : "Show group names"}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
