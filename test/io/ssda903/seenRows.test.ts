import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvScanner, recordAt } from "../../../src/io/csv/scanCsv.js";
import { TextWindows } from "../../../src/io/csv/textWindows.js";
import { SeenRows } from "../../../src/io/ssda903/seenRows.js";
import { trimValue } from "../../../src/io/ssda903/values.js";

/** A text of `rows` records (each written as given) and each record's fields, offset and line. */
function file(rows: string[][]) {
  let text = "";
  const records = rows.map((fields, k) => {
    const offset = text.length;
    text += `${fields.join(",")}\n`;
    return { fields, offset, line: k + 1 };
  });
  return { text, records };
}

/** Rows seen in `text`, confirmed by reading the text again as the reader does. */
const seenIn = (text: string) => {
  const windows = TextWindows.ofText(text);
  return new SeenRows((position, line) => recordAt(windows, position, line));
};

describe("SeenRows", () => {
  it("names the first line of a repeated record and forgets nothing as it grows", () => {
    // 10,000 distinct records (the table starts at 2,048 and is rehashed several times), then each again.
    const distinct = Array.from({ length: 10_000 }, (_, k) => [String(k), "01/04/2018", k % 2 === 0 ? "S" : "L"]);
    const { text, records } = file([...distinct, ...distinct]);
    const seen = seenIn(text);
    const answers = records.map((r) => seen.firstLineOf(r.fields, r.line, r.offset));
    expect(answers.slice(0, 10_000).every((a) => a === null)).toBe(true);
    expect(answers.slice(10_000)).toEqual(distinct.map((_, k) => k + 1));
  });

  it("answers the same whatever the rows it is told to expect, fewer or more than come", () => {
    const distinct = Array.from({ length: 6_000 }, (_, k) => [String(k % 4_000), "01/04/2018", k < 4_000 ? "S" : "L"]);
    const { text, records } = file([...distinct, ...distinct.slice(0, 3_000)]);
    const windows = TextWindows.ofText(text);
    const answers = (expected: number) => {
      const seen = new SeenRows((position, line) => recordAt(windows, position, line), expected);
      return records.map((r) => seen.firstLineOf(r.fields, r.line, r.offset));
    };
    const grown = answers(0);
    expect(grown.filter((a) => a !== null)).toHaveLength(3_000);
    for (const expected of [1, 5_000, records.length, 100_000]) expect(answers(expected)).toEqual(grown);
  });

  it("compares trimmed fields, and tells records apart that differ in one field or in field breaks", () => {
    const { text, records } = file([["1", " a "], ["1", "a"], ["1", "b"], ["1a", ""], ["1", "a"]]);
    const seen = seenIn(text);
    const trimmed = [["1", "a"], ["1", "a"], ["1", "b"], ["1a", ""], ["1", "a"]];
    expect(records.map((r, k) => seen.firstLineOf(trimmed[k]!, r.line, r.offset))).toEqual([null, 1, null, null, 1]);
  });

  it("finds exactly the records whose trimmed fields repeat an earlier one's, however they are padded, quoted or spaced inside", () => {
    // Values that only differ by inner spaces, quotes or commas: each must be told apart.
    const value = fc.constantFrom("A", "B", "A B", "AB", "A,B", 'A"B', "", " ");
    const written = fc.record({ value, pad: fc.constantFrom("", " ", "\t", "\u00a0 "), quoted: fc.boolean() }).map(({ value: v, pad, quoted }) => ({
      value: v,
      text: quoted || /[",]/.test(v) ? `${pad}"${v.replace(/"/g, '""')}"`.trimStart() + pad : `${pad}${v}${pad}`,
    }));
    const rows = fc.array(fc.array(written, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(rows, (records) => {
        const text = records.map((fields) => fields.map((f) => f.text).join(",")).join("\r\n") + "\r\n";
        const scanner = new CsvScanner(text);
        const seen = seenIn(text);
        const firstLine = new Map<string, number>();
        for (let offset = scanner.offset, r = scanner.next(); r !== null; offset = scanner.offset, r = scanner.next()) {
          const fields = r.fields.map(trimValue);
          const key = JSON.stringify(fields);
          expect(seen.firstLineOf(fields, r.line, offset)).toBe(firstLine.get(key) ?? null);
          if (!firstLine.has(key)) firstLine.set(key, r.line);
        }
      }),
      { seed: 4101, numRuns: 500 },
    );
  });
});
