import type { TokenGetter } from "../graph/clientTypes";
import {
  authorizeScopes,
  EMPTY_TOKEN_MESSAGE,
  graphScopes,
  invalidToken,
  readBearerToken,
  type Authorize,
} from "./authorization";

/**
 * Unit-test tokens carry their grant in the clear: `fake:<space-separated scp>`, followed by
 * `;xms_cc=<comma-separated capabilities>` when the client declared any (e.g. CP1).
 */
const FAKE_TOKEN_PREFIX = "fake:";
const CAPABILITIES_MARK = ";xms_cc=";

export function fakeToken(scopes: string[], clientCapabilities: string[] = []): string {
  const capabilities =
    clientCapabilities.length > 0 ? `${CAPABILITIES_MARK}${clientCapabilities.join(",")}` : "";
  return `${FAKE_TOKEN_PREFIX}${scopes.join(" ")}${capabilities}`;
}

/** Grants the given scopes whatever is asked, as a consented app's token would. */
export function createFakeTokenGetter(
  scopes: string[] = [graphScopes.readWrite],
  clientCapabilities: string[] = [],
): TokenGetter {
  return () => Promise.resolve(fakeToken(scopes, clientCapabilities));
}

export function createFakeTokenAuthorizer(): Authorize {
  return (request, need) => {
    const token = readBearerToken(request);
    if (token === undefined) return invalidToken(EMPTY_TOKEN_MESSAGE);
    if (!token.startsWith(FAKE_TOKEN_PREFIX)) {
      return invalidToken("IDX14100: JWT is not well formed, there are no dots (.).");
    }
    const [scopes = "", capabilities = ""] = token
      .slice(FAKE_TOKEN_PREFIX.length)
      .split(CAPABILITIES_MARK);
    const grant = {
      scopes: scopes.split(" ").filter(Boolean),
      clientCapabilities: capabilities.split(",").filter(Boolean),
    };
    return authorizeScopes(request, grant, need);
  };
}
