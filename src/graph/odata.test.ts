import { z } from "zod";
import { odataPage, unwrapSingleEntity } from "./odata";

describe("unwrapSingleEntity", () => {
  it("unwraps { value: {…} }, ignoring annotations", () => {
    expect(unwrapSingleEntity({ "@odata.context": "c", value: { id: "p" } })).toEqual({ id: "p" });
  });

  it.each([
    ["a collection", { value: [{ id: "p" }] }],
    ["an entity with other properties", { id: "x", value: { id: "p" } }],
    ["a scalar value", { value: "text" }],
    ["a null value", { value: null }],
    ["no body", undefined],
  ])("leaves %s alone", (_, body) => {
    expect(unwrapSingleEntity(body)).toBe(body);
  });
});

describe("odataPage", () => {
  it("reads items and the next link", () => {
    const page = odataPage(z.object({ id: z.string() }));
    expect(page.parse({ value: [{ id: "a" }], "@odata.nextLink": "n", "@odata.count": 1 })).toEqual(
      { value: [{ id: "a" }], "@odata.nextLink": "n" },
    );
    expect(page.safeParse({ value: {} }).success).toBe(false);
  });
});
