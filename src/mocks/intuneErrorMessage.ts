import { newGuid } from "./guid";

/**
 * Intune's services put a JSON document inside Graph's `error.message`; the client must cope,
 * so the fake sends the same shape for the errors Intune itself raises (400, 403, 404).
 */
export function formatIntuneErrorMessage(url: string, text: string): string {
  return JSON.stringify({
    _version: 3,
    Message: [
      "An error has occurred",
      "Operation ID (for customer support): 00000000-0000-0000-0000-000000000000",
      `Activity ID: ${newGuid()}`,
      `Url: ${url}`,
      text,
    ].join(" - "),
    CustomApiErrorPhrase: "",
    RetryAfter: null,
    ErrorSourceService: "",
    HttpHeaders: "{}",
  });
}
