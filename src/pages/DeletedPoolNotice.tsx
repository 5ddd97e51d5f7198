import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { readDeletedPool, type DeletedPool } from "./deletedPoolNotice";

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalL },
});

function sentence({ name, outcome }: DeletedPool): string {
  return outcome === "deleted"
    ? `Pool “${name}” was deleted.`
    : `Pool “${name}” had already been deleted.`;
}

/** Says on the list which pool the admin just deleted, until dismissed or the page is left. */
export function DeletedPoolNotice() {
  const styles = useStyles();
  const location = useLocation();
  const navigate = useNavigate();
  const [deleted, setDeleted] = useState(() => readDeletedPool(location.state));
  const stateCarriesIt = readDeletedPool(location.state) !== undefined;
  const { pathname, search, hash } = location;

  useEffect(() => {
    // Browsers keep history state across a reload and Back: said once is enough.
    if (stateCarriesIt) void navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [stateCarriesIt, navigate, pathname, search, hash]);

  if (!deleted) return null;
  return (
    <MessageBar intent="success" className={styles.root}>
      <MessageBarBody>{sentence(deleted)}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={() => setDeleted(undefined)}
          />
        }
      />
    </MessageBar>
  );
}
