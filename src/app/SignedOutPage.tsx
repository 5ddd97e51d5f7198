import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Title1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { productName, productTagline } from "./product";

const useStyles = makeStyles({
  page: {
    display: "grid",
    placeItems: "center",
    minHeight: "100vh",
    padding: tokens.spacingHorizontalXL,
  },
  // Fluent's Card, drawn here: the Card component brings a focus manager this page does not need.
  card: {
    display: "flex",
    flexDirection: "column",
    maxWidth: "480px",
    padding: tokens.spacingHorizontalXXL,
    gap: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
  },
});

interface SignedOutPageProps {
  demo: boolean;
  initialError?: string | undefined;
  /** Leaves for Microsoft Entra ID; rejects with an Error whose message is the admin's sentence. */
  onSignIn: () => Promise<void>;
  /** The pointer or focus is on Sign in: a good moment to fetch what signing in needs. */
  onSignInIntent?: (() => void) | undefined;
}

const fallbackSentence = "Sign-in could not start. Reload the page and select Sign in again.";

export function SignedOutPage({
  demo,
  initialError,
  onSignIn,
  onSignInIntent,
}: SignedOutPageProps) {
  const styles = useStyles();
  const titleId = useId();
  const [error, setError] = useState(initialError);
  // Stays busy once the redirect has started: the page is about to be left.
  const [busy, setBusy] = useState(false);

  const signIn = () => {
    setError(undefined);
    setBusy(true);
    onSignIn().catch((reason: unknown) => {
      setBusy(false);
      setError(reason instanceof Error && reason.message ? reason.message : fallbackSentence);
    });
  };

  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby={titleId}>
        <Title1 as="h1" id={titleId}>
          {productName}
        </Title1>
        <Body1>{productTagline}</Body1>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <Button
          appearance="primary"
          size="large"
          onClick={signIn}
          onPointerEnter={onSignInIntent}
          onFocus={onSignInIntent}
          disabled={busy}
        >
          {busy ? "Signing in…" : "Sign in"}
        </Button>
        <Caption1>
          {demo
            ? "Local demo: you sign in with a demo account on this machine; no tenant is needed."
            : "Sign in with your Microsoft Entra ID work account. You need an Intune administrator role."}
        </Caption1>
      </section>
    </main>
  );
}
