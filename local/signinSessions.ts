/** The sign-in page's memory of who chose to sign in, kept in a cookie like Entra's own session. */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Response } from "express";
import type { DemoUser } from "./users";

const cookieName = "demo_signin_session";

export class SignInSessions {
  readonly #userBySession = new Map<string, DemoUser>();
  readonly #cookiePath: string;

  /** @param cookiePath keeps the cookie to the tenant's paths, away from other servers on 127.0.0.1. */
  constructor(cookiePath: string) {
    this.#cookiePath = cookiePath;
  }

  current(req: IncomingMessage): DemoUser | undefined {
    const id = sessionIdOf(req);
    return id === undefined ? undefined : this.#userBySession.get(id);
  }

  /** A fresh id on every sign-in, so a choice never rides on an id the browser held before. */
  start(req: IncomingMessage, res: Response, user: DemoUser): void {
    const previous = sessionIdOf(req);
    if (previous !== undefined) this.#userBySession.delete(previous);
    const id = randomBytes(24).toString("base64url");
    this.#userBySession.set(id, user);
    res.cookie(cookieName, id, { httpOnly: true, sameSite: "lax", path: this.#cookiePath });
  }

  end(req: IncomingMessage, res: Response): void {
    const id = sessionIdOf(req);
    if (id !== undefined) this.#userBySession.delete(id);
    res.clearCookie(cookieName, { httpOnly: true, sameSite: "lax", path: this.#cookiePath });
  }

  endAll(): void {
    this.#userBySession.clear();
  }
}

function sessionIdOf(req: IncomingMessage): string | undefined {
  for (const pair of (req.headers.cookie ?? "").split(";")) {
    const [name, ...value] = pair.trim().split("=");
    if (name === cookieName) return value.join("=");
  }
  return undefined;
}
