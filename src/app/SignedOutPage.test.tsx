import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SignedOutPage } from "./SignedOutPage";
import { ThemeProvider } from "./theme";

function renderPage(onSignIn: () => Promise<void>, onSignInIntent = vi.fn()) {
  render(
    <ThemeProvider>
      <SignedOutPage demo={false} onSignIn={onSignIn} onSignInIntent={onSignInIntent} />
    </ThemeProvider>,
  );
  return { button: screen.getByRole("button", { name: "Sign in" }), onSignInIntent };
}

describe("SignedOutPage", () => {
  it("stays busy once the redirect has started", async () => {
    const onSignIn = vi.fn(() => new Promise<void>(() => undefined));
    const { button } = renderPage(onSignIn);
    await userEvent.click(button);
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("button", { name: "Signing in…" })).toBeDisabled();
  });

  it("says why sign-in could not start and lets the admin try again", async () => {
    const onSignIn = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error("The sign-in service could not be reached."));
    const { button } = renderPage(onSignIn);
    await userEvent.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The sign-in service could not be reached.",
    );
    expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });

  it("falls back to a sentence when the failure has none", async () => {
    const { button } = renderPage(() => Promise.reject(new Error("")));
    await userEvent.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Sign-in could not start. Reload the page and select Sign in again.",
    );
  });

  it("asks for what signing in needs when the pointer or focus reaches Sign in", async () => {
    const { button, onSignInIntent } = renderPage(() => Promise.resolve());
    await userEvent.hover(button);
    expect(onSignInIntent).toHaveBeenCalled();
  });
});
