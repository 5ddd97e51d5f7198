/**
 * What the token endpoint was asked, for tests (e.g. "one refresh carried the challenge's claims").
 * Only what the request declared: never a token, code, refresh token or verifier.
 */
import type { DemoUserKey } from "./users";

export interface TokenRequestRecord {
  grantType: string;
  user: DemoUserKey;
  /** From the `claims` parameter's `access_token.xms_cc.values`. */
  clientCapabilities: string[];
  /** The other access token claims asked for, e.g. a claims challenge's `nbf`; null when none. */
  claims: Record<string, unknown> | null;
  /** The answer's HTTP status: 200 when tokens were issued. */
  status: number;
}

export class TokenRequestLog {
  #records: TokenRequestRecord[] = [];

  record(entry: TokenRequestRecord): void {
    this.#records.push(entry);
  }

  /** Oldest first. */
  list(): TokenRequestRecord[] {
    return structuredClone(this.#records);
  }

  clear(): void {
    this.#records = [];
  }
}
