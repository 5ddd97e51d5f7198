/** What the sign-in server has handed out: authorization codes (single use) and refresh tokens. */
import { randomBytes } from "node:crypto";
import type { DemoUser } from "./users";

const codeLifetimeMs = 10 * 60 * 1000;

export interface IssuedCode {
  user: DemoUser;
  clientId: string;
  redirectUri: string;
  scope: string;
}

export interface RefreshTokenOwner {
  user: DemoUser;
  clientId: string;
}

export class IssuedGrants {
  readonly #codes = new Map<string, IssuedCode & { expiresAt: number }>();
  readonly #refreshTokens = new Map<string, RefreshTokenOwner>();

  rememberCode(code: string, issued: IssuedCode): void {
    this.#codes.set(code, { ...issued, expiresAt: Date.now() + codeLifetimeMs });
  }

  /** Forgets the code whatever happens next: a code is good for one attempt only. */
  redeemCode(code: string): IssuedCode | undefined {
    const stored = this.#codes.get(code);
    this.#codes.delete(code);
    if (!stored || stored.expiresAt < Date.now()) return undefined;
    const { expiresAt: _expiresAt, ...issued } = stored;
    return issued;
  }

  issueRefreshToken(owner: RefreshTokenOwner): string {
    const token = randomBytes(48).toString("base64url");
    this.#refreshTokens.set(token, owner);
    return token;
  }

  refreshTokenOwner(token: string): RefreshTokenOwner | undefined {
    return this.#refreshTokens.get(token);
  }

  revokeAll(): void {
    this.#codes.clear();
    this.#refreshTokens.clear();
  }
}
