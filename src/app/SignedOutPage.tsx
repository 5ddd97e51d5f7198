import { InteractionStatus } from "@azure/msal-browser";
import { useMsal } from "@azure/msal-react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Title1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { describeAuthError } from "../auth/authMessages";
import { productName, productTagline } from "./product";

const useStyles = makeStyles({
  page: {
    display: "grid",
    placeItems: "center",
    minHeight: "100vh",
    padding: tokens.spacingHorizontalXL,
  },
  card: {
    maxWidth: "480px",
    padding: tokens.spacingHorizontalXXL,
    gap: tokens.spacingVerticalL,
  },
});

interface SignedOutPageProps {
  scopes: string[];
  demo: boolean;
  initialError?: string | undefined;
  returnPath: string;
}

export function SignedOutPage({ scopes, demo, initialError, returnPath }: SignedOutPageProps) {
  const styles = useStyles();
  const { instance, inProgress } = useMsal();
  const [error, setError] = useState(initialError);
  const busy = inProgress !== InteractionStatus.None;

  const signIn = () => {
    setError(undefined);
    instance.loginRedirect({ scopes, state: returnPath }).catch((reason: unknown) => {
      setError(describeAuthError(reason));
    });
  };

  return (
    <main className={styles.page}>
      <Card className={styles.card}>
        <Title1 as="h1">{productName}</Title1>
        <Body1>{productTagline}</Body1>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <Button appearance="primary" size="large" onClick={signIn} disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </Button>
        <Caption1>
          {demo
            ? "Local demo: you sign in with a demo account on this machine; no tenant is needed."
            : "Sign in with your Microsoft Entra ID work account. You need an Intune administrator role."}
        </Caption1>
      </Card>
    </main>
  );
}
