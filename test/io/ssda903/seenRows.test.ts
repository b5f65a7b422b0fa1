import { describe, expect, it } from "vitest";
import { SeenRows } from "../../../src/io/ssda903/seenRows.js";

/** A text of `rows` records and each record's fields, offset and line. */
function file(rows: string[][]) {
  let text = "";
  const records = rows.map((fields, k) => {
    const offset = text.length;
    text += `${fields.join(",")}\n`;
    return { fields, offset, line: k + 1 };
  });
  return { text, records };
}

describe("SeenRows", () => {
  it("names the first line of a repeated record and forgets nothing as it grows", () => {
    // 10,000 distinct records (the table starts at 2,048 and is rehashed several times), then each again.
    const distinct = Array.from({ length: 10_000 }, (_, k) => [String(k), "01/04/2018", k % 2 === 0 ? "S" : "L"]);
    const { text, records } = file([...distinct, ...distinct]);
    const seen = new SeenRows(text);
    const answers = records.map((r) => seen.firstLineOf(r.fields, r.line, r.offset));
    expect(answers.slice(0, 10_000).every((a) => a === null)).toBe(true);
    expect(answers.slice(10_000)).toEqual(distinct.map((_, k) => k + 1));
  });

  it("compares trimmed fields, and tells records apart that differ in one field or in field breaks", () => {
    const { text, records } = file([["1", " a "], ["1", "a"], ["1", "b"], ["1a", ""], ["1", "a"]]);
    const seen = new SeenRows(text);
    const trimmed = [["1", "a"], ["1", "a"], ["1", "b"], ["1a", ""], ["1", "a"]];
    expect(records.map((r, k) => seen.firstLineOf(trimmed[k]!, r.line, r.offset))).toEqual([null, 1, null, null, 1]);
  });
});
