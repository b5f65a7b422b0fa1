import { describe, expect, it } from "vitest";
import { CsvScanner, emptyCsvRecord, scanCsv } from "../../../src/io/csv/scanCsv.js";

const fieldsOf = (text: string) => scanCsv(text).map((r) => r.fields);
const linesOf = (text: string) => scanCsv(text).map((r) => r.line);

describe("scanCsv", () => {
  it("splits records on LF, CRLF and lone CR and numbers physical lines", () => {
    expect(fieldsOf("a,b\nc,d\r\ne,f\rg,h")).toEqual([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]]);
    expect(linesOf("a,b\nc,d\r\ne,f\rg,h")).toEqual([1, 2, 3, 4]);
  });

  it("reads a last line without a line break", () => {
    expect(fieldsOf("a,b\nc,")).toEqual([["a", "b"], ["c", ""]]);
  });

  it("unquotes fields, turning doubled quotes into one", () => {
    expect(fieldsOf('"a ""b"", c",d')).toEqual([['a "b", c', "d"]]);
  });

  it("keeps line breaks inside quotes and numbers the record by its first line", () => {
    const records = scanCsv('h1,h2\n1,"x\r\ny"\n2,z\n');
    expect(records.map((r) => r.fields)).toEqual([["h1", "h2"], ["1", "x\r\ny"], ["2", "z"]]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]!.quoteLine).toBe(2);
  });

  it("marks lines of only spaces, tabs and commas as blank, but not quoted empties", () => {
    const records = scanCsv('a\n \t,,\n"",\n\n');
    expect(records.map((r) => r.blank)).toEqual([false, true, false, true]);
  });

  it("flags a quote still open at the end of the text", () => {
    const [record] = scanCsv('1,"abc');
    expect(record!.unterminated).toBe(true);
    expect(record!.fields).toEqual(["1", "abc"]);
  });

  it("keeps text after a closing quote as data and flags it", () => {
    const [record] = scanCsv('"ab"c,d');
    expect(record!.fields).toEqual(["abc", "d"]);
    expect(record!.strayAfterQuote).toBe(true);
  });

  it("flags an over-long field, blanks it and reads on", () => {
    const records = scanCsv(`1,${"x".repeat(11)}\n2,"${"y".repeat(11)}"\n3,ok`, 10);
    expect(records.map((r) => [r.tooLarge, r.tooLargeField])).toEqual([[true, 1], [true, 1], [false, -1]]);
    expect(records[2]!.fields).toEqual(["3", "ok"]);
  });

  it("reads one line on its own for the unterminated-quote test", () => {
    const scanner = new CsvScanner('1,"a\n2,b,c\n3,"d\ne');
    expect(scanner.fieldCountOfLine(5)).toBe(3);
    expect(scanner.fieldCountOfLine(12)).toBe(-1);
  });
});

describe("CsvScanner.nextInto", () => {
  it("reuses one record, shrinking its fields for a shorter record and growing them again", () => {
    const scanner = new CsvScanner('a,b,c\n"x"\n \nd,e\n');
    const record = emptyCsvRecord();
    const seen: [number, string[], boolean][] = [];
    while (scanner.nextInto(record)) seen.push([record.line, [...record.fields], record.blank]);
    expect(seen).toEqual([[1, ["a", "b", "c"], false], [2, ["x"], false], [3, [" "], true], [4, ["d", "e"], false]]);
    expect(scanner.nextInto(record)).toBe(false);
  });
});
