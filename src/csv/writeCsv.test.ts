import Papa from "papaparse";
import { UTF8_BOM, writeCsv, type CsvColumn } from "./writeCsv";

interface Item {
  name: string;
  note: string;
}
const columns: CsvColumn<Item>[] = [
  { header: "Name", cell: (item) => item.name },
  { header: "Note, with comma", cell: (item) => item.note },
];

/** The file's text with its BOM kept (Blob.text() drops it). */
async function write(items: Item[], options = {}) {
  const bytes = await (await writeCsv(columns, items, options)).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("writeCsv", () => {
  it("starts with a BOM and the header row, and ends every line with CRLF", async () => {
    const text = await write([{ name: "a", note: "b" }]);
    expect(text).toBe(`${UTF8_BOM}Name,"Note, with comma"\r\na,b\r\n`);
  });

  it("quotes commas, quotes and line breaks as RFC 4180 asks", async () => {
    const text = await write([{ name: 'Say "hi", Zoë', note: "two\r\nlines" }]);
    expect(text.split("\r\n")[1]).toBe('"Say ""hi"", Zoë","two');
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(['Say "hi", Zoë', "two\r\nlines"]);
  });

  it.each([
    ["=", '=HYPERLINK("http://evil.example","x")'],
    ["+", "+1"],
    ["-", "-2+3"],
    ["@", "@SUM(A1)"],
    ["tab", "\t=1"],
    ["CR", "\r=1"],
    ["a formula on the first of two lines", "=1+1\nsecond line"],
  ])("neutralises a cell starting with %s", async (_, cell) => {
    const text = await write([{ name: cell, note: "" }]);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[1]?.[0]).toBe(`'${cell}`);
  });

  it("leaves other cells as they are", async () => {
    const text = await write([{ name: "a=b", note: " spaced-" }]);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(["a=b", " spaced-"]);
  });

  it("pauses between chunks and keeps every row in order", async () => {
    const items = Array.from({ length: 5 }, (_, index) => ({ name: `n${index}`, note: "" }));
    const pause = vi.fn(() => Promise.resolve());
    const text = await write(items, { chunkSize: 2, pause });
    expect(pause).toHaveBeenCalledTimes(2);
    const names = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.map(
      ([name]) => name,
    );
    expect(names).toEqual(["Name", "n0", "n1", "n2", "n3", "n4"]);
  });
});
