import type { TokenGetter } from "../graph/clientTypes";
import {
  authorizeScopes,
  EMPTY_TOKEN_MESSAGE,
  graphScopes,
  invalidToken,
  readBearerToken,
  type Authorize,
} from "./authorization";

/** Unit-test tokens carry their scopes in the clear: `fake:<space-separated scp>`. */
const FAKE_TOKEN_PREFIX = "fake:";

export function fakeToken(scopes: string[]): string {
  return `${FAKE_TOKEN_PREFIX}${scopes.join(" ")}`;
}

/** Grants the given scopes whatever is asked, as a consented app's token would. */
export function createFakeTokenGetter(scopes: string[] = [graphScopes.readWrite]): TokenGetter {
  return () => Promise.resolve(fakeToken(scopes));
}

export function createFakeTokenAuthorizer(): Authorize {
  return (request, need) => {
    const token = readBearerToken(request);
    if (token === undefined) return invalidToken(EMPTY_TOKEN_MESSAGE);
    if (!token.startsWith(FAKE_TOKEN_PREFIX)) {
      return invalidToken("IDX14100: JWT is not well formed, there are no dots (.).");
    }
    const scopes = token.slice(FAKE_TOKEN_PREFIX.length).split(" ").filter(Boolean);
    return authorizeScopes(request, scopes, need);
  };
}
