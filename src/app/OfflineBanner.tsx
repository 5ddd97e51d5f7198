import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

const isOnline = () => navigator.onLine;

const useStyles = makeStyles({ bar: { marginBottom: tokens.spacingVerticalL } });

/** While the browser is offline: nothing is sent, nothing waits to be sent, input stays. */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  const styles = useStyles();
  if (online) return null;
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>You are offline</MessageBarTitle>
        Nothing is sent to Microsoft Graph while you are offline, and nothing waits to be sent
        later. What you typed stays on the page: when the connection is back, submit it again.
      </MessageBarBody>
    </MessageBar>
  );
}
