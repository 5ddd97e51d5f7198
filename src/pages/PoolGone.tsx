import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PageHeader } from "../components";

export function PoolGone({ back }: { back: ReactNode }) {
  return (
    <>
      <title>Pool not found · Activation code pools</title>
      <PageHeader title="Pool not found" />
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This pool no longer exists</MessageBarTitle>
          It may have been deleted, or the link is wrong. {back}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
