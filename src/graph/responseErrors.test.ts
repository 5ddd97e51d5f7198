import { readableGraphMessage } from "./responseErrors";

const intuneJson = (message: string) =>
  JSON.stringify(
    { _version: 3, Message: message, CustomApiErrorPhrase: "", RetryAfter: null },
    null,
    2,
  ).replace(/\n/g, "\r\n");

const IDS =
  "Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 36d08b49-8070-4064-adb1-ee88213899fb - Url: https://fef.msua08.manage.microsoft.com/DeviceConfig/deviceManagement/embeddedSIMActivationCodePools?api-version=5021-11-17";

describe("readableGraphMessage", () => {
  it("keeps a plain Graph message, trimmed", () => {
    expect(readableGraphMessage("  Resource not found.  ")).toBe("Resource not found.");
  });

  it("takes the human text after Intune's boilerplate prefix", () => {
    const message = intuneJson(`An error has occurred - ${IDS} - The pool name is already used.`);
    expect(readableGraphMessage(message)).toBe("The pool name is already used.");
  });

  it("takes the human text before the support ids", () => {
    const message = intuneJson(
      `Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All - ${IDS}`,
    );
    expect(readableGraphMessage(message)).toBe(
      "Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementConfiguration.Read.All, DeviceManagementConfiguration.ReadWrite.All",
    );
  });

  it("keeps the whole Message when it has no human text", () => {
    const whole = `An error has occurred - ${IDS}`;
    expect(readableGraphMessage(intuneJson(whole))).toBe(whole);
  });

  it("unwraps a document nested inside another", () => {
    const nested = JSON.stringify({
      ErrorCode: "Forbidden",
      Message: intuneJson(`Feature disabled. - ${IDS}`),
    });
    expect(readableGraphMessage(nested)).toBe("Feature disabled.");
  });

  it("keeps text that only looks like JSON", () => {
    expect(readableGraphMessage('{"_version": 3, "Message": "cut off')).toBe(
      '{"_version": 3, "Message": "cut off',
    );
  });
});
