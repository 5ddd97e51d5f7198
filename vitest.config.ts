import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.{ts,tsx}", "deploy/**/*.test.ts", "build/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // Tests assert behaviour, not speed: on a loaded two-core CI machine typing-heavy component
    // tests have come close to the 5 s default.
    testTimeout: 15_000,
    // Its "node" export is CommonJS, which would load a second copy of Fluent (and of keyborg,
    // whose two copies then trip over each other): use the ES module the browser build uses.
    alias: {
      "@fluentui-contrib/react-data-grid-react-window": fileURLToPath(
        import.meta
          .resolve("@fluentui-contrib/react-data-grid-react-window/package.json")
          .replace("package.json", "lib/index.js"),
      ),
    },
    server: { deps: { inline: ["@fluentui-contrib/react-data-grid-react-window"] } },
  },
});
