import { ClientErrorCode, GraphError } from "./GraphError";

/**
 * Builds a Graph path with every interpolated value URL-encoded, so an id can never add a
 * segment or a query: graphPath`/deviceManagement/embeddedSIMActivationCodePools/${poolId}`.
 */
export function graphPath(strings: TemplateStringsArray, ...values: string[]): string {
  return strings
    .slice(1)
    .reduce(
      (path, literal, index) => `${path}${encodeURIComponent(values[index] ?? "")}${literal}`,
      strings[0] ?? "",
    );
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A path joins the base URL with exactly one slash; an absolute URL (an @odata.nextLink) is
 * used verbatim, but only on the base URL's origin, since the request carries the Graph token.
 */
export function resolveGraphUrl(baseUrl: string, pathOrUrl: string): string {
  if (!ABSOLUTE_URL.test(pathOrUrl)) {
    return `${baseUrl.replace(/\/+$/, "")}/${pathOrUrl.replace(/^\/+/, "")}`;
  }
  const origin = originOf(pathOrUrl);
  if (origin === undefined || origin !== originOf(baseUrl)) {
    throw new GraphError({
      status: 0,
      code: ClientErrorCode.UntrustedUrl,
      message: `Refused to send the Microsoft Graph token to ${origin ?? "an unreadable address"}, which is not the configured Graph host. Nothing was sent.`,
    });
  }
  return pathOrUrl;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return undefined;
  }
}
