import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  Text,
  makeStyles,
  tokens,
  type TagPickerProps,
} from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type Ref } from "react";
import { describeGraphError, requestIdSentence } from "../components";
import { mayRequest } from "./groupAccess";
import { GroupBadges, usersWarning } from "./GroupBadges";
import { rememberGroups } from "./groupQueries";
import { useGroupAccess, useGroupDirectory } from "./GroupsProvider";
import { MIN_SEARCH_LENGTH, useGroupSearch, type GroupSearch } from "./useGroupSearch";
import type { Group } from "./types";

const useStyles = makeStyles({
  name: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  option: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  secondary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  blocked: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  warnings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  warning: { color: tokens.colorStatusWarningForeground3 },
  status: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

// Values of the popover's message rows: never picked.
const STATUS_OPTION = "status-message";

export interface GroupPickerProps {
  label: string;
  selected: readonly Group[];
  onChange: (groups: Group[]) => void;
  /** Why a group cannot be picked here (e.g. "Already included"), or undefined when it can. */
  blockedReason: (groupId: string) => string | undefined;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** Finds Entra ID groups by name (or a pasted object id) and picks one or several. */
export function GroupPicker({
  label,
  selected,
  onChange,
  blockedReason,
  error,
  inputRef,
}: GroupPickerProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  // Controlled so that a pasted id opens the list too: Fluent opens it on typed keys only.
  const [open, setOpen] = useState(false);
  const search = useGroupSearch(text);
  const { access } = useGroupAccess();
  const queryClient = useQueryClient();
  const directory = useGroupDirectory();
  const waitingForAccess = !mayRequest(access);
  const offered = search.state === "found" ? search.groups : [];
  const pickedIds = new Set(selected.map(({ id }) => id));

  const onOptionSelect: TagPickerProps["onOptionSelect"] = (_, data) => {
    if (data.value === STATUS_OPTION || blockedReason(data.value)) return;
    const known = new Map([...selected, ...offered].map((group) => [group.id, group]));
    const next = data.selectedOptions.flatMap((id) => known.get(id) ?? []);
    rememberGroups(queryClient, directory, next);
    onChange(next);
    setText("");
  };

  const options = offered.filter(({ id }) => !pickedIds.has(id));
  const message = waitingForAccess
    ? "Confirm access to groups below to search them by name."
    : statusMessage(search, text.trim(), options.length);
  const warnings = selected.filter((group) => group.holdsUsers);

  return (
    <>
      <Field
        label={label}
        required
        validationMessage={error}
        hint="Type at least two characters of the group's name, or paste its object id."
      >
        <TagPicker
          onOptionSelect={onOptionSelect}
          selectedOptions={selected.map(({ id }) => id)}
          open={open}
          onOpenChange={(_, data) => setOpen(data.open)}
        >
          <TagPickerControl>
            <TagPickerGroup aria-label="Picked groups">
              {selected.map((group) => (
                <Tag key={group.id} value={group.id} shape="rounded">
                  {group.displayName}
                </Tag>
              ))}
            </TagPickerGroup>
            <TagPickerInput
              ref={inputRef}
              aria-label={label}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                if (event.target.value.trim() !== "") setOpen(true);
              }}
              autoComplete="off"
              spellCheck={false}
            />
          </TagPickerControl>
          <TagPickerList>
            {!waitingForAccess &&
              options.map((group) => (
                <GroupOption key={group.id} group={group} blocked={blockedReason(group.id)} />
              ))}
            {message && (
              <TagPickerOption value={STATUS_OPTION} text={message}>
                {message}
              </TagPickerOption>
            )}
          </TagPickerList>
        </TagPicker>
      </Field>
      <span role="status" className={styles.status}>
        {options.length > 0 && !waitingForAccess ? foundSentence(options.length, message) : message}
      </span>
      {warnings.length > 0 && (
        <div className={styles.warnings}>
          {warnings.map((group) => (
            <Text key={group.id} size={200} className={styles.warning}>
              {usersWarning(group.displayName)}
            </Text>
          ))}
        </div>
      )}
    </>
  );
}

function GroupOption({ group, blocked }: { group: Group; blocked: string | undefined }) {
  const styles = useStyles();
  return (
    <TagPickerOption
      value={group.id}
      text={group.displayName}
      aria-disabled={blocked ? true : undefined}
    >
      <span className={styles.option}>
        <span className={styles.name}>
          {group.displayName}
          <GroupBadges badges={group.badges} />
        </span>
        {blocked && <span className={styles.blocked}>{blocked}</span>}
        {group.description && <span className={styles.secondary}>{group.description}</span>}
        {group.holdsUsers && (
          <span className={styles.secondary}>
            Holds users: Intune targets eSIM profiles at devices.
          </span>
        )}
      </span>
    </TagPickerOption>
  );
}

function foundSentence(count: number, more: string | undefined): string {
  const found = count === 1 ? "1 group found." : `${count} groups found.`;
  return more ? `${found} ${more}` : found;
}

function statusMessage(search: GroupSearch, typed: string, offered: number): string | undefined {
  switch (search.state) {
    case "idle":
      return undefined;
    case "tooShort":
      return `Type at least ${MIN_SEARCH_LENGTH} characters to search.`;
    case "searching":
      return "Searching…";
    case "found":
      if (search.groups.length === 0) return `No groups match "${typed}".`;
      if (offered === 0) return "Every matching group is picked already.";
      return search.more
        ? "Only the first matches are shown: type more of the name to narrow them."
        : undefined;
    case "noSuchId":
      return `No group with id ${search.groupId} in this tenant.`;
    case "failed":
      return `The search failed: ${describeGraphError(search.error)}${requestIdSentence(search.error)}`;
  }
}
