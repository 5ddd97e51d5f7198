import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Fluent's focus management touches NodeFilter after jsdom teardown unless unmounted first.
afterEach(() => {
  cleanup();
});
