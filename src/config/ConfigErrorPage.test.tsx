import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ConfigErrorPage } from "./ConfigErrorPage";

describe("ConfigErrorPage", () => {
  it("lists each bad key with an example value", () => {
    render(
      <ConfigErrorPage
        problem={{
          kind: "invalid",
          url: "https://esim.contoso.com/config.json",
          issues: [{ key: "auth.clientId", message: "is required" }],
        }}
      />,
    );
    expect(
      screen.getByRole("heading", { name: "This site is not configured yet" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("https://esim.contoso.com/config.json");
    const list = screen.getByRole("list", { name: "Settings to fix" });
    expect(within(list).getByText("auth.clientId")).toBeInTheDocument();
    expect(within(list).getByText(/"clientId": "11111111-/)).toBeInTheDocument();
  });

  it("explains a missing file and shows a minimal example", () => {
    render(
      <ConfigErrorPage problem={{ kind: "missing", url: "https://x/config.json", status: 404 }} />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "was not found at https://x/config.json (HTTP 404)",
    );
    expect(
      screen.getByText(/"authority": "https:\/\/login.microsoftonline.com\/<tenant-id>"/),
    ).toBeInTheDocument();
  });
});
