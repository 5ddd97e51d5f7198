import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// jsdom lacks ResizeObserver, which Fluent's MessageBar reflow measures with; nothing to observe here.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver;

// A React warning (act, keys, setState during render) or any console error is a failing test.
let consoleSpies: MockInstance[] = [];
beforeEach(() => {
  consoleSpies = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")];
});

// Fluent's focus management touches NodeFilter after jsdom teardown unless unmounted first.
afterEach(() => {
  cleanup();
  const printed = consoleSpies.flatMap((spy) =>
    spy.mock.calls.map((call) => call.map(String).join(" ")),
  );
  for (const spy of consoleSpies) spy.mockRestore();
  if (printed.length > 0)
    throw new Error(`The test printed to the console:\n${printed.join("\n")}`);
});
