import { writePermission } from "../config/clouds";
import { ClientErrorCode, isGraphError } from "../graph/GraphError";

export interface DescribeOptions {
  /** A write needs ReadWrite.All, and a lost answer leaves its result unknown. */
  access?: "read" | "write";
  /** What a 404 means here, e.g. "This pool no longer exists." */
  notFound?: string;
}

const readPermission = "DeviceManagementConfiguration.Read.All";

/** One sentence (or two) for an admin; the status, code and request id are shown beside it. */
export function describeGraphError(error: unknown, options: DescribeOptions = {}): string {
  const write = options.access === "write";
  if (!isGraphError(error)) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
    return `Something unexpected went wrong${detail}.`;
  }
  if (error.code === ClientErrorCode.TokenUnavailable) {
    // The auth layer already wrote the sentence (e.g. "Taking you there; what you typed is kept").
    return `${error.message} Nothing was sent to Microsoft Graph.`;
  }
  if (error.code === ClientErrorCode.InsufficientClaims) {
    return "Microsoft Graph still asks for more sign-in proof (for example multi-factor authentication or a compliant device) after signing in again. Sign out and in again, or ask your administrator.";
  }
  if (error.code === ClientErrorCode.UntrustedUrl) {
    return "Microsoft Graph pointed to another host; the request was not sent there.";
  }
  if (error.status === 0) {
    if (error.code === ClientErrorCode.Offline) {
      return write
        ? "You are offline, so nothing was sent. Your input is kept: try again when you are back online."
        : "You are offline. Try again when you are back online.";
    }
    return write
      ? "The connection to Microsoft Graph failed before an answer arrived, so the result is unknown: the change may or may not have been made. Check the current list before trying again."
      : "Microsoft Graph could not be reached. Check your connection and try again.";
  }
  if (error.code === ClientErrorCode.UnexpectedResponse) {
    return write
      ? "Microsoft Graph answered in a shape this app does not understand, so the change was probably made. Check the current list before trying again."
      : "Microsoft Graph answered in a shape this app does not understand.";
  }
  switch (error.status) {
    case 400:
      return "Microsoft Graph rejected the request as invalid.";
    case 401:
      return "Your sign-in is no longer valid. Sign in again and retry.";
    case 403:
      return write
        ? `You are not allowed to make this change. It needs the Microsoft Graph permission ${writePermission} (with admin consent), an Intune licence and an Intune administrator role.`
        : `You are not allowed to read this. It needs the Microsoft Graph permission ${readPermission} or ${writePermission} (with admin consent), an Intune licence and an Intune administrator role.`;
    case 404:
      return (
        options.notFound ?? "Microsoft Graph could not find this item; it may have been deleted."
      );
    case 429:
      return "Microsoft Graph is throttling requests from this tenant. Wait a moment, then try again.";
  }
  if (error.status >= 500) {
    return write
      ? "Microsoft Graph failed while handling the change, so the result is unknown: the change may or may not have been made. Check the current list before trying again."
      : "Microsoft Graph had a problem answering. Try again in a moment.";
  }
  return `Microsoft Graph answered with an error (status ${error.status}).`;
}

/** " Request id …." to end a one-line message where no error bar shows the details. */
export function requestIdSentence(error: unknown): string {
  return isGraphError(error) && error.requestId ? ` Request id ${error.requestId}.` : "";
}
