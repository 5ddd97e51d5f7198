import { GraphErrorBar } from "../../../components";
import { ClientErrorCode, isGraphError } from "../../../graph/GraphError";
import { formatNumber } from "../format";
import { PoolCreateLostError, PoolListCheckError } from "./createPoolErrors";
import type { NewPool } from "./createPool";

const KEPT = "Your file is still selected.";

function graphRefusal(error: unknown, host: string): string {
  if (!isGraphError(error)) return KEPT;
  if (error.code === ClientErrorCode.TokenUnavailable) {
    return "Signing in again leaves this page: reload it to sign in, then choose the file again.";
  }
  if (error.status === 400 && /request is invalid/i.test(error.message)) {
    return `Intune keeps one pool per SM-DP+ provider and refuses codes it already holds. If a pool for ${host} exists, delete it and upload its old codes and the new ones together in one file. ${KEPT}`;
  }
  if (error.status === 400) return `Microsoft Graph names what it refused below. ${KEPT}`;
  return KEPT;
}

/** Why the upload failed, and what is known about the pool after it. */
export function CreatePoolFailure({ error, sent }: { error: unknown; sent: NewPool }) {
  if (error instanceof PoolListCheckError) {
    return (
      <GraphErrorBar title="Nothing was uploaded" error={error.cause}>
        The pools are read before each upload, so that a lost answer can be checked afterwards; this
        read failed, and nothing was sent. {KEPT}
      </GraphErrorBar>
    );
  }
  if (error instanceof PoolCreateLostError) {
    const what = `a pool named “${sent.displayName}” with ${formatNumber(sent.codes.length)} codes`;
    return error.stillUnknown ? (
      <GraphErrorBar
        title="The result of the upload is unknown"
        error={error.cause}
        description={`No answer came back from Microsoft Graph, and the pools could not be read again, so ${what} may or may not have been created. Check the pools list before uploading again. ${KEPT}`}
      />
    ) : (
      <GraphErrorBar
        title="The pool was not created"
        error={error.cause}
        description={`No answer came back from Microsoft Graph, and the pools, read again, hold no new pool: ${what} was not created. ${KEPT} You can upload it again.`}
      />
    );
  }
  return (
    <GraphErrorBar title="The pool was not created" error={error} describe={{ access: "write" }}>
      {graphRefusal(error, sent.host)}
    </GraphErrorBar>
  );
}
