import { useAccount, useMsal } from "@azure/msal-react";
import { Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";

const useStyles = makeStyles({
  account: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  who: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
});

function tenantLabel(username: string, tenantId: string): string {
  const domain = username.includes("@") ? username.split("@")[1] : undefined;
  return domain ? `${domain} · tenant ${tenantId}` : `Tenant ${tenantId}`;
}

/** Who is signed in, in which tenant, and the way out. */
export function AccountMenu() {
  const { instance } = useMsal();
  const account = useAccount();
  const queryClient = useQueryClient();
  const styles = useStyles();
  if (!account) return null;

  const signOut = () => {
    queryClient.clear();
    void instance.logoutRedirect({ account });
  };

  return (
    <div className={styles.account}>
      <div className={styles.who} role="group" aria-label="Signed in account">
        <Body1Strong>{account.name ?? account.username}</Body1Strong>
        <Caption1>{tenantLabel(account.username, account.tenantId)}</Caption1>
      </div>
      <Button onClick={signOut}>Sign out</Button>
    </div>
  );
}
