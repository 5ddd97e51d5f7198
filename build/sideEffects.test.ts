import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Every module not listed here may be dropped by the bundler when none of its own bindings are
// used, top-level calls included. src/zod.ts re-exports zod's bindings, so without its entry its
// `config({ jitless: true })` vanished from the build and the CSP reported zod's eval probe.
const root = resolve(import.meta.dirname, "..");
const manifest: unknown = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
const listed =
  typeof manifest === "object" &&
  manifest !== null &&
  "sideEffects" in manifest &&
  Array.isArray(manifest.sideEffects)
    ? manifest.sideEffects.filter((entry): entry is string => typeof entry === "string")
    : [];

describe("package.json sideEffects", () => {
  it("keeps the module that configures zod for the CSP", () => {
    expect(listed).toContain("./src/zod.ts");
  });

  it.each(listed.filter((entry) => !entry.includes("*")))(
    "names a module that exists: %s",
    (entry) => {
      expect(existsSync(resolve(root, entry))).toBe(true);
    },
  );
});
