// @vitest-environment node
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findNginx } from "../local/nginx";
import { nginxSiteConfig, nginxStandaloneConfig } from "./nginxConfig";
import { hostingHeaders, type HeaderSet } from "./securityHeaders";
import { cloudConfig } from "./testConfig";

const headers = hostingHeaders(cloudConfig("global", "login.microsoftonline.com"));
const site = nginxSiteConfig({ headers, listen: "443 ssl", root: "/var/www/esim-admin" });

/** Each `location … { }` block's lines, by what it matches. */
function locations(config: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  for (const [, match, body] of config.matchAll(/^ *location ([^{]+) \{\n([^}]*)\}/gm)) {
    blocks.set(
      match ?? "",
      (body ?? "").split("\n").map((line) => line.trim()),
    );
  }
  return blocks;
}

function headerLines(block: string[]): HeaderSet {
  const found: HeaderSet = {};
  for (const line of block) {
    const header = /^add_header (\S+) (.+) always;$/.exec(line);
    if (header?.[1] && header[2]) found[header[1]] = header[2].replace(/^"|"$/g, "");
  }
  return found;
}

const nginx = (() => {
  try {
    return findNginx();
  } catch {
    return undefined;
  }
})();

describe("the nginx site", () => {
  const blocks = locations(site);

  it("routes the app's fixed files, its assets and everything else", () => {
    expect([...blocks.keys()]).toEqual([
      "/",
      "= /index.html",
      "/assets/",
      "= /config.json",
      "= /redirect.html",
    ]);
  });

  it("sends the whole header set and a cache policy from every location, errors included", () => {
    const cache = {
      "/": "no-cache",
      "= /index.html": "no-cache",
      "/assets/": "$esim_admin_hashed_cache_control",
      "= /config.json": "no-store",
      "= /redirect.html": "no-store",
    };
    for (const [match, block] of blocks) {
      const expected = match === "= /redirect.html" ? headers.bridge : headers.app;
      expect(headerLines(block), match).toEqual({
        ...expected,
        "Cache-Control": cache[match as keyof typeof cache],
      });
    }
  });

  it("gives redirect.html no Cross-Origin-Opener-Policy, and the app pages one", () => {
    expect(headerLines(blocks.get("= /redirect.html") ?? [])).not.toHaveProperty(
      "Cross-Origin-Opener-Policy",
    );
    expect(headerLines(blocks.get("/") ?? [])["Cross-Origin-Opener-Policy"]).toBe(
      "same-origin-allow-popups",
    );
  });

  it("answers a missing asset with an uncached 404, never index.html", () => {
    const assets = blocks.get("/assets/") ?? [];
    expect(assets).toContain("try_files $uri =404;");
    expect(assets).toContain("gzip_static on;");
    expect(assets.join("\n")).not.toContain("index.html");
    expect(site).toMatch(
      /map \$status \$esim_admin_hashed_cache_control \{\n\s+200 "public, max-age=31536000, immutable";/,
    );
    expect(site).toMatch(/\n\s+default "no-store";\n\}/);
    expect(blocks.get("/")).toContain("try_files $uri /index.html;");
  });

  it("refuses a value nginx would expand", () => {
    const planted = { ...headers, app: { ...headers.app, "X-Test": "a $variable" } };
    expect(() => nginxSiteConfig({ headers: planted, listen: "80", root: "/srv" })).toThrow(
      "Cannot write a $variable into an nginx config.",
    );
  });

  it.skipIf(!nginx).each([
    ["/etc/nginx/mime.types", "Debian's mime.types"],
    [undefined, "the inline types"],
  ])("is a standalone config nginx accepts, with %s (%s)", (mimeTypesFile, _label) => {
    const prefixDir = mkdtempSync(join(tmpdir(), "esim-nginx-"));
    const loopback = nginxSiteConfig({ headers, listen: "127.0.0.1:4199", root: prefixDir });
    const file = join(prefixDir, "nginx.conf");
    writeFileSync(file, nginxStandaloneConfig({ site: loopback, prefixDir, mimeTypesFile }));
    const args = ["-t", "-q", "-p", prefixDir, "-c", file, "-e", join(prefixDir, "error.log")];
    try {
      expect(() => execFileSync(nginx ?? "nginx", args, { stdio: "pipe" })).not.toThrow();
    } finally {
      rmSync(prefixDir, { recursive: true, force: true });
    }
  });
});
