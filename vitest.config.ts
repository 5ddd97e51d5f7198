import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.{ts,tsx}", "deploy/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // Tests assert behaviour, not speed: on a loaded two-core CI machine typing-heavy component
    // tests have come close to the 5 s default.
    testTimeout: 15_000,
  },
});
