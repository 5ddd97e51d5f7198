import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom lacks ResizeObserver, which Fluent's MessageBar reflow measures with; nothing to observe here.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver;

// Fluent's focus management touches NodeFilter after jsdom teardown unless unmounted first.
afterEach(() => {
  cleanup();
});
