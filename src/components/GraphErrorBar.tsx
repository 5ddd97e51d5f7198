import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";
import { isGraphError } from "../graph/GraphError";
import { describeGraphError, type DescribeOptions } from "./describeGraphError";

const useStyles = makeStyles({
  details: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, wordBreak: "break-word", userSelect: "all" },
});

export interface GraphErrorBarProps {
  title: string;
  error: unknown;
  describe?: DescribeOptions;
  /** Replaces the standard sentence where the screen knows more (e.g. a lost answer checked). */
  description?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** A sentence after the description: what this failure means here. */
  children?: ReactNode;
}

function errorFacts(error: unknown): [string, string][] {
  if (!isGraphError(error)) return [];
  const facts: [string, string | undefined][] = [
    ["Status", error.status === 0 ? "0 (no response)" : String(error.status)],
    ["Code", error.code],
    ["Message", error.message],
    ["Request id", error.requestId],
    ["Client request id", error.clientRequestId],
    ["Time", error.date],
  ];
  return facts.filter((fact): fact is [string, string] => Boolean(fact[1]));
}

/** An error that must stay on screen: the sentence, plus what support needs to trace it. */
export function GraphErrorBar({
  title,
  error,
  describe,
  description,
  onRetry,
  retrying,
  children,
}: GraphErrorBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {description ?? describeGraphError(error, describe)}
        {children && <> {children}</>}
        <dl className={styles.details}>
          {errorFacts(error).map(([term, value]) => (
            <Fragment key={term}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button
            onClick={onRetry}
            disabledFocusable={retrying}
            icon={retrying ? <Spinner size="tiny" /> : undefined}
          >
            Try again
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
