// @vitest-environment node
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "prettier";
import { build } from "vite";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ByteBudgets } from "./budgetFile.ts";
import { byteBudgets } from "./byteBudgetPlugin.ts";

// Real Vite builds of a two-chunk site: an entry, and a page it imports lazily.
let root = "";

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "byte-budgets-"));
  mkdirSync(join(root, "build"));
  write("index.html", '<!doctype html><script type="module" src="/main.js"></script>');
  write("main.js", 'document.onclick = () => import("./lazy.js").then((lazy) => lazy.show());');
  // Random text: gzip cannot shrink it away, so the lazy chunk weighs ~15 kB.
  write("lazy.js", `export const show = () => { document.title = "${noise(20_000)}"; };`);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe("byteBudgets", () => {
  it("fails the build naming the view over budget and the chunk that grew", async () => {
    const recorded = await recordBaseline({ "Sign-in page": view(["index.html"], 1_000_000) });
    writeBudgets({ "Sign-in page": view(["index.html"], signInBytes(recorded) + 500) }, recorded);
    write("main.js", `document.body.dataset.grown = "${noise(4000)}";\n${read("main.js")}`);

    const failure = viteBuild();

    await expect(failure).rejects.toThrow(/"Sign-in page" is \d+ bytes over its budget/);
    await expect(failure).rejects.toThrow(new RegExp(`index: ${recorded.index} → \\d+ bytes`));
  });

  it("counts no chunk the view reaches only through a dynamic import", async () => {
    const recorded = await recordBaseline({ "Sign-in page": view(["index.html"], 1_000_000) });
    expect(recorded.lazy).toBeGreaterThan(10_000);
    writeBudgets({ "Sign-in page": view(["index.html"], signInBytes(recorded)) }, recorded);

    await expect(viteBuild()).resolves.toBeUndefined();
  });

  it("fails when a view names a module that is in no chunk", async () => {
    writeBudgets({ "Up to the first pools view": view(["index.html", "src/Gone.tsx"], 1e6) }, {});

    await expect(viteBuild()).rejects.toThrow(
      "Byte budgets: module src/Gone.tsx is in no chunk; update build/byteBudgets.json",
    );
  });

  it("with UPDATE_BYTE_BASELINE=1, records every chunk and keeps the budgets, even over", async () => {
    const views = { "Sign-in page": view(["index.html"], 1) };
    const recorded = await recordBaseline(views);

    expect(Object.keys(recorded).sort()).toEqual(["index", "lazy"]);
    expect(readBudgets().views).toEqual(views);
    await expect(check(read("build/byteBudgets.json"), { parser: "json" })).resolves.toBe(true);
  });
});

async function recordBaseline(views: ByteBudgets["views"]): Promise<ByteBudgets["baseline"]> {
  writeBudgets(views, {});
  vi.stubEnv("UPDATE_BYTE_BASELINE", "1");
  await viteBuild();
  vi.stubEnv("UPDATE_BYTE_BASELINE", "");
  return readBudgets().baseline;
}

/** Everything but the lazy page: what the entry can load up front. */
function signInBytes(baseline: ByteBudgets["baseline"]): number {
  return Object.entries(baseline)
    .filter(([label]) => label !== "lazy")
    .reduce((sum, [, bytes]) => sum + bytes, 0);
}

async function viteBuild(): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: "silent",
    plugins: [byteBudgets()],
    build: { outDir: join(root, "dist") },
  });
}

function view(modules: string[], budgetBytes: number) {
  return { modules, budgetBytes };
}

function writeBudgets(views: ByteBudgets["views"], baseline: ByteBudgets["baseline"]): void {
  write("build/byteBudgets.json", JSON.stringify({ views, baseline }));
}

function readBudgets(): ByteBudgets {
  return JSON.parse(read("build/byteBudgets.json")) as ByteBudgets;
}

function write(path: string, text: string): void {
  writeFileSync(join(root, path), text);
}

function read(path: string): string {
  return readFileSync(join(root, path), "utf8");
}

function noise(length: number): string {
  return randomBytes(length).toString("base64").slice(0, length);
}
