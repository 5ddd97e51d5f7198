import { ClientErrorCode } from "../../graph/errorCodes";
import { isGraphError } from "../../graph/GraphError";

/** True when a failed create may still have been stored: no usable answer arrived after sending. */
export function mayHaveBeenStored(error: unknown): boolean {
  if (!isGraphError(error)) return false;
  return error.isAmbiguous || error.code === ClientErrorCode.UnexpectedResponse;
}
