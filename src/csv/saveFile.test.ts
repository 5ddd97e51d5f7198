import { safeFileName } from "./saveFile";

describe("safeFileName", () => {
  it("keeps ordinary names, diacritics and dashes", () => {
    expect(safeFileName("Contoso – Zürich 5G devices 2026-12-02")).toBe(
      "Contoso – Zürich 5G devices 2026-12-02",
    );
  });

  it("drops path separators, reserved and control characters", () => {
    expect(safeFileName('../a/b\\c:d*e?"f"<g>|h\u0000i')).toBe("a b c d e f g h i");
  });

  it("never gives an empty name", () => {
    expect(safeFileName("///")).toBe("export");
  });
});
