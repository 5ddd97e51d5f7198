import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { isChunkLoadFailure } from "./chunkReload";
import { ThemeProvider } from "./theme";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    maxWidth: "640px",
  },
  title: { margin: 0 },
  page: { padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}` },
});

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** What the error boundaries show: a sentence, the error's name for support, and Reload. */
export function ErrorScreen({ error }: { error: unknown }) {
  const styles = useStyles();
  const missingCode = isChunkLoadFailure(error);
  const titleId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Title2 as="h1" id={titleId} className={styles.title} tabIndex={-1}>
        {missingCode ? "This page could not be loaded" : "Something went wrong on this page"}
      </Title2>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {missingCode
            ? "A part of this app could not be downloaded. A new version was probably published while this page was open, or the connection dropped. Reload to get the current version."
            : "The page stopped because of an error in this app, not because of anything you did. Reload to start it again; what was typed on this page may need to be entered again."}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={() => window.location.reload()}>
        Reload
      </Button>
      <Caption1>
        Error: <code>{errorName(error)}</code>
      </Caption1>
    </section>
  );
}

/** The same screen as a whole page, for failures outside every page (the shell, start-up). */
export function ErrorPage({ error }: { error: unknown }) {
  return (
    <ThemeProvider>
      <ErrorPageFrame error={error} />
    </ThemeProvider>
  );
}

function ErrorPageFrame({ error }: { error: unknown }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <ErrorScreen error={error} />
    </main>
  );
}
