import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { exampleFor, minimalConfigExample } from "./configExamples";
import type { ConfigProblem } from "./loadConfig";

const useStyles = makeStyles({
  page: {
    maxWidth: "760px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingLeft: 0 },
  item: { listStyleType: "none" },
  example: {
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
    padding: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

function summary(problem: ConfigProblem): string {
  switch (problem.kind) {
    case "missing":
      return `config.json was not found at ${problem.url} (HTTP ${problem.status}). Put a config.json next to index.html.`;
    case "unreachable":
      return `config.json at ${problem.url} could not be downloaded. Check the connection and the web server.`;
    case "not-json":
      return `config.json at ${problem.url} is not valid JSON. Check it for a missing comma or quote.`;
    case "invalid":
      return `config.json at ${problem.url} has ${problem.issues.length === 1 ? "a setting" : "settings"} that need fixing before you can sign in.`;
  }
}

/** Shown instead of the app when config.json is missing or wrong: never a blank page. */
export function ConfigErrorPage({ problem }: { problem: ConfigProblem }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Title1 as="h1">This site is not configured yet</Title1>
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Configuration problem</MessageBarTitle>
          {summary(problem)}
        </MessageBarBody>
      </MessageBar>
      {problem.kind === "invalid" ? (
        <ul className={styles.list} aria-label="Settings to fix">
          {problem.issues.map((issue) => (
            <li key={issue.key} className={styles.item}>
              <Body1>
                <code>{issue.key}</code> {issue.message}. For example:
              </Body1>
              <pre className={styles.example}>{exampleFor(issue.key)}</pre>
            </li>
          ))}
        </ul>
      ) : (
        <div>
          <Body1>A minimal config.json looks like this:</Body1>
          <pre className={styles.example}>{minimalConfigExample}</pre>
        </div>
      )}
    </main>
  );
}
