import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

// Quality bars 17 and 24: the built site is served by nginx with the production headers, and
// nothing in it needs an inline script or eval.

test("the built site has no inline script and no inline event handler", () => {
  const pages = readdirSync("dist").filter((file) => file.endsWith(".html"));
  expect(pages.sort()).toEqual(["index.html", "redirect.html"]);
  for (const page of pages) {
    const html = readFileSync(`dist/${page}`, "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, page).toBeGreaterThan(0);
    for (const [, attributes = "", body = ""] of scripts) {
      expect(attributes, page).toMatch(/\bsrc=/);
      expect(body.trim(), page).toBe("");
    }
    expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
  }
});

test("pages, config.json, the bridge page and hashed code get their headers", async ({
  request,
}) => {
  const index = await request.get("/pools/some-pool");
  expect(index.status()).toBe(200);
  const headers = index.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'none'",
    "script-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:4011 http:\/\/127\.0\.0\.1:4012/);
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin-allow-popups",
    "cache-control": "no-cache",
  });
  expect(headers["permissions-policy"]).toContain("camera=()");

  expect((await request.get("/config.json")).headers()["cache-control"]).toBe("no-store");
  const bridge = (await request.get("/redirect.html")).headers();
  expect(bridge["cache-control"]).toBe("no-store");
  expect(bridge["cross-origin-opener-policy"]).toBeUndefined();
  expect(bridge["content-security-policy"]).toBe(csp);

  const html = await index.text();
  const [script] = /\/assets\/[^"]+\.js/.exec(html) ?? [];
  const asset = await request.get(script ?? "/assets/missing.js");
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const gone = await request.get("/assets/gone-after-a-redeploy.js");
  expect(gone.status()).toBe(404);
  expect(gone.headers()["cache-control"]).toBe("no-store");
});

test("the CSP check can fail: an inline script on the served page is blocked and reported", async ({
  page,
  browserLog,
}) => {
  // nginx's real answer, headers and all, with one inline script added to the page.
  await page.route("/", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      "</body>",
      "<script>document.title = 'inline script ran'</script></body>",
    );
    await route.fulfill({ response, body });
  });
  browserLog.allow(/Content Security Policy/);

  await page.goto("/");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  expect(await page.title()).not.toBe("inline script ran");
  expect(browserLog.takeViolations()).toEqual([
    expect.objectContaining({ directive: "script-src-elem", blocked: "inline" }),
  ]);
});
