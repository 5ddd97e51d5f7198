import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { GraphErrorBar } from "../../components";
import { useGroupNames } from "../../groups";
import { isDuplicateCheckError } from "./assignmentErrors";
import { mayHaveBeenStored } from "../../graph/GraphError";
import { targetWords } from "./AssignmentTargetCell";
import type { NewAssignmentTarget } from "./types";
import type { CreateRun, TargetResult } from "./useCreateAssignments";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface CreateRunOutcomeProps {
  run: CreateRun;
  /** The form shows a lone refusal at its field instead. */
  listRefusals: boolean;
}

type Of<S extends TargetResult["status"]> = Extract<TargetResult, { status: S }>;

/** What became of each target of the last submit: created with its id, refused, failed, not sent. */
export function CreateRunOutcome({ run, listRefusals }: CreateRunOutcomeProps) {
  const styles = useStyles();
  // Picked groups are already in the names cache (the picker put them there).
  const names = useGroupNames(
    run.results.flatMap(({ target }) => ("groupId" in target ? [target.groupId] : [])),
  );
  const words = (target: NewAssignmentTarget) =>
    targetWords(target, "groupId" in target ? names.get(target.groupId) : undefined);
  const of = <S extends TargetResult["status"]>(status: S) =>
    run.results.filter((result): result is Of<S> => result.status === status);
  const created = of("created");
  const refused = listRefusals ? of("refused") : [];
  const notSent = of("notSent");
  const several = run.results.length > 1;
  const pending = run.results.findIndex((result) => result.status === "pending");

  return (
    <div className={styles.root}>
      <Text role="status" size={200}>
        {!run.done && pending >= 0 && several
          ? `Assigning ${pending + 1} of ${run.results.length}…`
          : ""}
      </Text>
      {created.length > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {created.length === 1
                ? "Assignment created"
                : `${created.length} assignments created`}
            </MessageBarTitle>
            {created.length === 1 && created[0] ? (
              `${words(created[0].target)}, assignment id ${created[0].assignment.id}`
            ) : (
              <ul className={styles.list}>
                {created.map(({ target, assignment }) => (
                  <li key={assignment.id}>
                    {words(target)}, assignment id {assignment.id}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {refused.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not assigned: already on this pool</MessageBarTitle>
            <ul className={styles.list}>
              {refused.map(({ target, reason }) => (
                <li key={words(target)}>
                  {words(target)}: {reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {of("failed").map(({ target, error }) => (
        <FailureBar
          key={words(target)}
          error={error}
          subject={several ? words(target) : undefined}
        />
      ))}
      {notSent.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not sent</MessageBarTitle>
            The run stopped at the failure above, so these were not sent:{" "}
            {notSent.map(({ target }) => words(target)).join(", ")}. They are still picked: assign
            again when ready.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function FailureBar({ error, subject }: { error: unknown; subject: string | undefined }) {
  const suffix = subject ? `: ${subject}` : "";
  if (isDuplicateCheckError(error)) {
    return (
      <GraphErrorBar
        title={`The assignment was not created: the pool's assignments could not be checked${suffix}`}
        error={error.cause}
        describe={{ notFound: "This pool no longer exists, so nothing was assigned." }}
      />
    );
  }
  const title = mayHaveBeenStored(error)
    ? "The assignment may or may not have been created"
    : "The assignment was not created";
  return (
    <GraphErrorBar
      title={`${title}${suffix}`}
      error={error}
      describe={{
        access: "write",
        notFound: "Microsoft Graph found no such pool or group, so nothing was assigned.",
      }}
    />
  );
}
