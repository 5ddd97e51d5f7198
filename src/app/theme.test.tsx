import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ThemeProvider, useTheme } from "./theme";

function ThemeButton() {
  const theme = useTheme();
  return <button onClick={theme.toggle}>{`Theme is ${theme.mode}`}</button>;
}

function prefersDark(dark: boolean) {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: dark && query === "(prefers-color-scheme: dark)",
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("ThemeProvider", () => {
  it("follows the OS until the admin picks a theme, and remembers the pick", async () => {
    prefersDark(true);
    const { unmount } = render(
      <ThemeProvider>
        <ThemeButton />
      </ThemeProvider>,
    );
    const button = screen.getByRole("button", { name: "Theme is dark" });
    await userEvent.click(button);
    expect(screen.getByRole("button", { name: "Theme is light" })).toBeInTheDocument();
    unmount();

    render(
      <ThemeProvider>
        <ThemeButton />
      </ThemeProvider>,
    );
    expect(screen.getByRole("button", { name: "Theme is light" })).toBeInTheDocument();
  });

  it("is light when the OS prefers light", () => {
    prefersDark(false);
    render(
      <ThemeProvider>
        <ThemeButton />
      </ThemeProvider>,
    );
    expect(screen.getByRole("button", { name: "Theme is light" })).toBeInTheDocument();
  });
});
