import { graphErrorReply, type GraphReply } from "./graphReply";
import { formatIntuneErrorMessage } from "./intuneErrorMessage";

export const POOLS_PATH = "/deviceManagement/embeddedSIMActivationCodePools";

export function notFound(url: URL, entityType: string): GraphReply {
  const text = `No ${entityType} with the requested id exists.`;
  return graphErrorReply(404, "ResourceNotFound", formatIntuneErrorMessage(url.href, text));
}

export function intuneBadRequest(url: URL, text: string): GraphReply {
  return graphErrorReply(400, "BadRequest", formatIntuneErrorMessage(url.href, text));
}
