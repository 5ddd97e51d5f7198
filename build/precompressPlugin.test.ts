// @vitest-environment node
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { build } from "vite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { precompress } from "./precompressPlugin.ts";

let root = "";

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "precompress-"));
  mkdirSync(join(root, "public"));
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html><script type="module" src="/main.js"></script>',
  );
  writeFileSync(join(root, "main.js"), 'document.onclick = () => import("./lazy.js");');
  writeFileSync(join(root, "lazy.js"), 'document.title = "lazy";');
  writeFileSync(join(root, "public", "config.json"), '{"auth":{}}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("precompress", () => {
  it("writes a .gz of every hashed chunk, and none of the files a deployer edits", async () => {
    await build({ root, logLevel: "silent", configFile: false, plugins: [precompress()] });

    const assets = readdirSync(join(root, "dist", "assets"));
    const chunks = assets.filter((name) => name.endsWith(".js"));
    expect(chunks).toHaveLength(2);
    for (const chunk of chunks) {
      const original = readFileSync(join(root, "dist", "assets", chunk));
      const compressed = readFileSync(join(root, "dist", "assets", `${chunk}.gz`));
      expect(gunzipSync(compressed).equals(original)).toBe(true);
    }
    expect(existsSync(join(root, "dist", "config.json"))).toBe(true);
    expect(existsSync(join(root, "dist", "config.json.gz"))).toBe(false);
    expect(existsSync(join(root, "dist", "index.html.gz"))).toBe(false);
  });
});
