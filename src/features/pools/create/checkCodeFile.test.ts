import { checkCodeFile } from "./checkCodeFile";
import { codeFileLines, iccidFailingLuhn, validIccid } from "./codeFileTestSupport";

const HOST = "smdp.contoso.example";
const file = (...lines: string[]) => lines.join("\n");
const good = (i: number) => `${validIccid(i)},MATCH-${i}`;

/** The errors as [line, cell, reason start]: each case pins where and why. */
function errorsOf(text: string) {
  return checkCodeFile(text).errors.map(({ line, cell, reason }) => [line, cell, reason]);
}

describe("checkCodeFile: a clean file", () => {
  it("reads the host and every code", () => {
    const checked = checkCodeFile(file(HOST, good(0), good(1)));
    expect(checked).toEqual({
      host: HOST,
      codes: [
        { iccid: validIccid(0), matchingId: "MATCH-0" },
        { iccid: validIccid(1), matchingId: "MATCH-1" },
      ],
      errors: [],
      warnings: [],
    });
  });

  it("tolerates a BOM, CRLF, a trailing blank line and spaces around cells", () => {
    const text = `\uFEFF ${HOST} \r\n ${validIccid(0)} , MATCH-0 \r\n${good(1)}\r\n\r\n`;
    const checked = checkCodeFile(text);
    expect(checked.errors).toEqual([]);
    expect(checked.host).toBe(HOST);
    expect(checked.codes.map(({ matchingId }) => matchingId)).toEqual(["MATCH-0", "MATCH-1"]);
  });

  it("takes 20-digit ICCIDs and exactly 1,000 codes", () => {
    const lines = codeFileLines(999);
    lines.push(`${validIccid(5000, 20)},LAST`);
    const checked = checkCodeFile(file(...lines));
    expect(checked.errors).toEqual([]);
    expect(checked.codes).toHaveLength(1000);
  });
});

describe("checkCodeFile: bad codes (quality bar 14), each with its line and reason", () => {
  it.each([
    [
      "18 digits",
      `${validIccid(1).slice(0, 18)},M-1`,
      "ICCID",
      "The ICCID has 18 digits; it needs 19 or 20.",
    ],
    [
      "21 digits",
      `${validIccid(1, 20)}1,M-1`,
      "ICCID",
      "The ICCID has 21 digits; it needs 19 or 20.",
    ],
    ["letters", "89012600000000000A1,M-1", "ICCID", "The ICCID may hold digits only."],
    ["spaces inside", "8901 2600 0000 0000 011,M-1", "ICCID", "The ICCID has spaces inside it"],
    [
      "a spreadsheet number",
      "8.90141E+19,M-1",
      "ICCID",
      "A spreadsheet turned this ICCID into a number",
    ],
    ["an empty ICCID", ",M-1", "ICCID", "The ICCID is empty."],
    ["an empty matching id", `${validIccid(1)},`, "Matching id", "The matching id is empty."],
    [
      "a matching id with a space",
      `${validIccid(1)},AB CD`,
      "Matching id",
      "The matching id has spaces inside it.",
    ],
    [
      "a matching id with an underscore",
      `${validIccid(1)},AB_CD`,
      "Matching id",
      "The matching id may hold only letters",
    ],
    ["a trailing comma", `${good(1)},`, "Line", "The line ends with a comma"],
    ["three cells", `${good(1)},extra`, "Line", "The line has 3 cells"],
    [
      "no comma",
      validIccid(1),
      "Line",
      "The line needs two cells, ICCID,MatchingID, but it has no comma.",
    ],
    ["semicolons", `${validIccid(1)};M-1`, "Line", "The cells are separated by semicolons or tabs"],
    ["swapped columns", `M-1,${validIccid(1)}`, "Line", "The columns look swapped"],
    [
      "an LPA string",
      "LPA:1$smdp.contoso.example$K2-ABC",
      "Line",
      "This line is a whole LPA string",
    ],
    [
      "an LPA matching id",
      `${validIccid(1)},LPA:1$smdp.contoso.example$K2-ABC`,
      "Matching id",
      "This is a whole LPA string. Write only its matching id (K2-ABC)",
    ],
    ["a second host", "smdp.fabrikam.example", "Line", "A second SM-DP+ address"],
    ["the host again", HOST, "Line", "The SM-DP+ address appears again"],
  ])("%s", (_, badLine, cell, reason) => {
    const errors = errorsOf(file(HOST, good(0), badLine, good(2)));
    expect(errors).toEqual([[3, cell, expect.stringContaining(reason)]]);
  });

  it("names the offending cell as written", () => {
    const [error] = checkCodeFile(file(HOST, "8.90141E+19,M-1")).errors;
    expect(error).toMatchObject({ line: 2, cell: "ICCID", value: "8.90141E+19" });
  });

  it("reports duplicates on the later line, naming the first", () => {
    const errors = errorsOf(
      file(HOST, good(0), good(1), `${validIccid(0)},OTHER`, `${validIccid(9)},match-1`),
    );
    expect(errors).toEqual([
      [4, "ICCID", "The ICCID is also on line 2."],
      [5, "Matching id", "The matching id is also on line 3."],
    ]);
  });

  it("refuses more than 1,000 codes once, at the line of code 1,001", () => {
    const errors = errorsOf(file(...codeFileLines(1001)));
    expect(errors).toEqual([
      [1002, "File", expect.stringMatching(/1,001 codes; Intune takes at most 1,000/)],
    ]);
  });

  it("lists every bad line, in line order, with the lines CRLF and quoted cells count", () => {
    const text = [HOST, good(0), "123,M-1", '"multi\nline",M-2', "8.9E+19,M-3", good(4)].join(
      "\r\n",
    );
    expect(errorsOf(text).map(([line]) => line)).toEqual([3, 4, 6]);
  });

  it("warns, not refuses, when a check digit fails", () => {
    const checked = checkCodeFile(file(HOST, good(0), `${iccidFailingLuhn(1)},M-1`));
    expect(checked.errors).toEqual([]);
    expect(checked.codes).toHaveLength(2);
    expect(checked.warnings).toEqual([
      expect.objectContaining({
        line: 3,
        cell: "ICCID",
        value: iccidFailingLuhn(1),
        reason: expect.stringContaining("check digit"),
      }),
    ]);
  });
});

describe("checkCodeFile: the SM-DP+ address on line 1 (quality bar 15)", () => {
  it.each([
    [
      "a scheme",
      "https://smdp.contoso.example",
      "it has a scheme (https://). Write it as smdp.contoso.example.",
    ],
    ["a port", "smdp.contoso.example:443", "it has a port. Write it as smdp.contoso.example."],
    ["a path", "smdp.contoso.example/es9plus", "it has a path. Write it as smdp.contoso.example."],
    [
      "a scheme, port and path",
      "https://smdp.contoso.example:8443/x",
      "it has a scheme (https://), a path and a port.",
    ],
    [
      "a trailing dot",
      "smdp.contoso.example.",
      "it has a trailing dot. Write it as smdp.contoso.example.",
    ],
    ["an underscore", "smdp_1.contoso.example", "it has an underscore."],
    ["an IPv4 address", "192.0.2.10", "is an IP address"],
    ["an IPv6 address", "2001:db8::1", "is an IP address"],
    ["a single label", "localhost", "is not a host name Graph accepts"],
    [
      "an LPA string",
      "LPA:1$smdp.contoso.example$K2",
      "Write only its SM-DP+ address (smdp.contoso.example)",
    ],
    ["a code", validIccid(0), "Line 1 holds a code"],
    ["nothing", "", "Line 1 must hold the SM-DP+ address"],
  ])("%s is refused with the rule it breaks", (_, address, reason) => {
    const checked = checkCodeFile(file(address, good(1)));
    expect(checked.host).toBe("");
    expect(errorsOf(file(address, good(1)))).toEqual([
      [1, "SM-DP+ address", expect.stringContaining(reason)],
    ]);
  });

  it("takes a host with hyphens and several labels", () => {
    expect(checkCodeFile(file("es9-plus.smdp.contoso-mobile.example", good(0))).errors).toEqual([]);
  });

  it("holds the address alone", () => {
    expect(errorsOf(file(`${HOST},`, good(0)))).toEqual([
      [1, "Line", expect.stringContaining("Line 1 ends with a comma")],
    ]);
    expect(errorsOf(file(`${HOST},x`, good(0)))).toEqual([
      [1, "Line", expect.stringContaining("alone")],
    ]);
  });
});

describe("checkCodeFile: files that are not a code list", () => {
  it.each([
    ["empty", ""],
    ["blank lines only", "\n \r\n"],
  ])("%s", (_, text) => {
    expect(errorsOf(text)).toEqual([[undefined, "File", "The file is empty."]]);
  });

  it("only the host", () => {
    expect(errorsOf(`${HOST}\n`)).toEqual([
      [undefined, "File", expect.stringContaining("holds no codes")],
    ]);
  });

  it("saved as UTF-16", () => {
    const utf16 = Array.from(file(HOST, good(0)), (char) => `${char}\u0000`).join("");
    expect(errorsOf(utf16)).toEqual([[undefined, "File", expect.stringContaining("UTF-16")]]);
  });
});
