/** The sign-in server's own pages: plain HTML, no script, nothing loaded from elsewhere. */
import type { Response } from "express";
import type { DemoUser } from "./users";

const pageTitle = "Sign in – local demo";

/** Nothing but the inline styles may load, and no one may frame the picker (clickjacking). */
const pageSecurityHeaders: Readonly<Record<string, string>> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

/** One button per user; pressing it continues the authorize request as that user. */
export function accountPickerPage(
  action: string,
  params: URLSearchParams,
  users: readonly DemoUser[],
): string {
  const hidden = hiddenFields(params);
  const accounts = users
    .map(
      (user) => `<li>
          <button type="submit" name="user" value="${escapeHtml(user.key)}">
            <span class="name">${escapeHtml(user.displayName)}</span>
            <span class="upn">${escapeHtml(user.userPrincipalName)}</span>
            <span class="role">${escapeHtml(user.roleLabel)}</span>
          </button>
        </li>`,
    )
    .join("\n        ");
  return page(`<h1 id="heading">Pick an account</h1>
    <p id="explanation">Local demo sign-in: choose who you want to be. There is no password and nothing leaves this machine.</p>
    <form method="post" action="${escapeHtml(action)}" aria-labelledby="heading" aria-describedby="explanation">
      ${hidden}
      <ul class="accounts">
        ${accounts}
      </ul>
      <button type="submit" name="cancel" value="1" class="cancel">Cancel</button>
    </form>`);
}

export function messagePage(heading: string, sentence: string): string {
  return page(`<h1>${escapeHtml(heading)}</h1>
    <p>${escapeHtml(sentence)}</p>`);
}

/** The authorize request's parameters, carried through a page's form unchanged. */
export function hiddenFields(params: URLSearchParams): string {
  return [...params]
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join("\n      ");
}

export function page(content: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${escapeHtml(pageTitle)}</title>
    <style>
      body { font-family: system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; }
      main { max-width: 28rem; padding: 2rem; border: 1px solid GrayText; border-radius: 0.5rem; }
      h1 { font-size: 1.5rem; margin-top: 0; }
      .accounts { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
      button { font: inherit; width: 100%; text-align: left; padding: 0.75rem 1rem; border-radius: 0.375rem; cursor: pointer; }
      button:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
      .name { display: block; font-weight: 600; }
      .upn, .role { display: block; font-size: 0.875rem; }
      .cancel { width: auto; }
      .permissions { padding-left: 1.25rem; display: grid; gap: 0.5rem; }
      .permission { font-weight: 600; }
      .actions { display: flex; gap: 0.75rem; }
      .actions button { width: auto; }
    </style>
  </head>
  <body>
    <main>
    ${content}
    </main>
  </body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function sendPage(res: Response, status: number, html: string): void {
  res.status(status).set(pageSecurityHeaders).type("html").send(html);
}
