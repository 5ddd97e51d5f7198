import { TokenAcquisitionError } from "../auth/tokenGetter";
import { ClientErrorCode, GraphError, tokenUnavailable } from "../graph/GraphError";
import { accessAfter, createGroupAccessStore, mayRequest } from "./groupAccess";
import { readSearchInput } from "./useGroupSearch";

const forbidden = new GraphError({
  status: 403,
  code: "Authorization_RequestDenied",
  message: "No.",
});
const tokenFailure = (reason: ConstructorParameters<typeof TokenAcquisitionError>[2]) =>
  tokenUnavailable(new TokenAcquisitionError("sentence", "code", reason));

describe("accessAfter", () => {
  it("asks the admin before any window opens when Entra ID needs them", () => {
    expect(accessAfter(tokenFailure("interactionRequired"))).toEqual({ status: "needsConsent" });
  });

  it("gives way to the id field after refused consent or a 403", () => {
    expect(accessAfter(tokenFailure("refused"))).toMatchObject({
      status: "denied",
      cause: "consent",
    });
    expect(accessAfter(forbidden)).toEqual({
      status: "denied",
      cause: "forbidden",
      error: forbidden,
    });
  });

  it("offers the window again when it was closed, and says nothing about other failures", () => {
    expect(
      accessAfter(new TokenAcquisitionError("closed", "user_cancelled", "cancelled")),
    ).toMatchObject({
      status: "needsConsent",
      notice: "The sign-in window was closed before it finished.",
    });
    expect(accessAfter(tokenFailure("failed"))).toBeUndefined();
    expect(
      accessAfter(new GraphError({ status: 429, code: "TooManyRequests", message: "m" })),
    ).toBeUndefined();
    expect(
      accessAfter(new GraphError({ status: 0, code: ClientErrorCode.NetworkError, message: "m" })),
    ).toBeUndefined();
  });
});

describe("createGroupAccessStore", () => {
  it("tracks requests: success grants, a refusal denies and stays denied", async () => {
    const store = createGroupAccessStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get().status));
    await store.track(Promise.resolve("ok"));
    await expect(store.track(Promise.reject(forbidden))).rejects.toBe(forbidden);
    await expect(
      store.track(Promise.reject(tokenFailure("interactionRequired"))),
    ).rejects.toThrow();
    expect(seen).toEqual(["granted", "denied"]);
    expect(mayRequest(store.get())).toBe(false);
  });
});

describe("readSearchInput", () => {
  it.each([
    ["", { kind: "empty" }],
    ["  ", { kind: "empty" }],
    ["S", { kind: "tooShort" }],
    [" Sp ", { kind: "term", term: "Sp" }],
    [
      "6E0F1B2C-3D4E-4F50-8A61-7B8C9D0E1F20",
      { kind: "id", groupId: "6e0f1b2c-3d4e-4f50-8a61-7b8c9d0e1f20" },
    ],
    [
      "{6e0f1b2c-3d4e-4f50-8a61-7b8c9d0e1f20}",
      { kind: "id", groupId: "6e0f1b2c-3d4e-4f50-8a61-7b8c9d0e1f20" },
    ],
    ["6e0f1b2c-3d4e", { kind: "term", term: "6e0f1b2c-3d4e" }],
  ])("reads %j as %j", (text, expected) => {
    expect(readSearchInput(text)).toEqual(expected);
  });
});
