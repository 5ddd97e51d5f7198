// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runHosting } from "./hostingCommand";
import { clientId, tenantId } from "./testConfig";

let cwd = "";
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function hosting(configJson: string, ...options: string[]) {
  cwd = mkdtempSync(join(tmpdir(), "esim-hosting-"));
  made.push(cwd);
  writeFileSync(join(cwd, "config.json"), configJson);
  const printed: string[] = [];
  const errors: string[] = [];
  const io = {
    cwd,
    print: (line: string) => printed.push(line),
    error: (line: string) => errors.push(line),
  };
  const code = await runHosting(["config.json", ...options], io);
  return { code, printed, errors };
}

const valid = JSON.stringify({
  auth: { clientId, authority: `https://login.microsoftonline.com/${tenantId}` },
});

describe("npm run hosting", () => {
  it("writes staticwebapp.config.json next to config.json and the nginx site into --out", async () => {
    const { code, printed, errors } = await hosting(valid, "--out", "conf", "--listen", "8443 ssl");
    expect({ code, errors }).toEqual({ code: 0, errors: [] });
    const swa: unknown = JSON.parse(readFileSync(join(cwd, "staticwebapp.config.json"), "utf8"));
    expect(swa).toMatchObject({ navigationFallback: { rewrite: "/index.html" } });
    const nginx = readFileSync(join(cwd, "conf", "esim-admin.nginx.conf"), "utf8");
    expect(nginx).toContain("listen 8443 ssl;");
    expect(nginx).toContain('root "/var/www/esim-admin";');
    expect(printed).toEqual([
      "Wrote staticwebapp.config.json (Azure Static Web Apps: deploy it with the site).",
      "Wrote conf/esim-admin.nginx.conf (nginx: include it in http { } and add the certificate).",
      expect.stringMatching(
        /^Content-Security-Policy: default-src 'none'; .*connect-src 'self' https:\/\/graph\.microsoft\.com https:\/\/login\.microsoftonline\.com;/,
      ),
    ]);
  });

  it("refuses a bad config.json with one sentence per bad key, and writes nothing", async () => {
    const bad = JSON.stringify({
      auth: { authority: "http://login.contoso.com/t" },
      cloud: "mars",
    });
    const { code, errors } = await hosting(bad);
    expect(code).toBe(1);
    expect(errors).toEqual([
      expect.stringMatching(
        /config\.json: auth\.clientId is required: .*; for example "clientId": /,
      ),
      expect.stringMatching(
        /config\.json: auth\.authority must be an https:\/\/ URL; for example /,
      ),
      expect.stringMatching(/config\.json: cloud must be one of global, usgov, usgovdod, china; /),
    ]);
    expect(existsSync(join(cwd, "staticwebapp.config.json"))).toBe(false);
    expect(existsSync(join(cwd, "hosting"))).toBe(false);
  });

  it("says so when config.json is not JSON or an option is unknown", async () => {
    expect((await hosting("{ oops")).errors).toEqual([
      expect.stringMatching(
        /config\.json is not valid JSON: check it for a missing comma or quote\.$/,
      ),
    ]);
    const unknown = await hosting(valid, "--port", "80");
    expect(unknown.code).toBe(1);
    expect(unknown.errors[0]).toContain("--port");
  });

  it("says when the CSP rests on the provider's discovery document", async () => {
    const provider = JSON.stringify({
      auth: {
        clientId,
        authority: `https://login.contoso.com/${tenantId}`,
        knownAuthorities: ["login.contoso.com"],
      },
    });
    const { printed } = await hosting(provider);
    expect(printed.at(-1)).toMatch(
      /^Note: MSAL reads the sign-in endpoints from https:\/\/login\.contoso\.com's discovery document/,
    );
  });
});
