import { describe, expect, it } from "vitest";
import { readRuleTable } from "../../src/validation/readRuleTable.js";
import { dayFromRuleDate } from "../../src/validation/ruleTable.js";
import { dayFromIso } from "../../src/dates/day.js";

describe("readRuleTable", () => {
  it("numbers rows by the physical line they start on, past a quoted line break", () => {
    const table = readRuleTable('CHILD,HOME_POST\n1,"AB1\n2CD"\n2,x\n', "episodes", "e.csv")!;
    expect(table.lines).toEqual([2, 4]);
    expect(table.column("HOME_POST")).toEqual(["AB1\n2CD", "X"]);
  });

  it("keeps a line of commas as a row of blanks and skips an empty or spaces-only line", () => {
    const table = readRuleTable("CHILD,SEX\n1,1\n\n  \n,\n2,2\n", "header", "h.csv")!;
    expect(table.lines).toEqual([2, 5, 6]);
    expect(table.column("CHILD")).toEqual(["1", null, "2"]);
  });

  it("upper-cases without trimming, pads short records and reads an absent column as blank", () => {
    const table = readRuleTable(" child , sex \nab , m\n7\n", "header", "h.csv")!;
    expect(table.column("CHILD")).toEqual(["AB ", "7"]);
    expect(table.column("SEX")).toEqual([" M", null]);
    expect(table.column("ETHNIC")).toEqual([null, null]);
  });

  it("keeps rows the reader rejects (too many fields, bad codes)", () => {
    const table = readRuleTable("CHILD,SEX\n1,9,extra\n", "header", "h.csv")!;
    expect(table.column("SEX")).toEqual(["9"]);
  });

  it("sees no table in an empty file or one with NUL bytes", () => {
    expect(readRuleTable("", "header", "h.csv")).toBeNull();
    expect(readRuleTable("CHILD\n\u0000", "header", "h.csv")).toBeNull();
  });

  it("indexes rows by child once, leaving out blank ids", () => {
    const table = readRuleTable("CHILD,DECOM\n1,a\n2,b\n1,c\n,d\n", "episodes", "e.csv")!;
    expect([...table.byChild()]).toEqual([["1", [0, 2]], ["2", [1]]]);
    expect(table.byChild()).toBe(table.byChild());
    expect(Object.isFrozen(table.column("DECOM"))).toBe(true);
  });
});

describe("dayFromRuleDate", () => {
  it("reads DD/MM/YYYY only, as the DfE does", () => {
    expect(dayFromRuleDate("1/2/2020")).toBe(dayFromIso("2020-02-01"));
    expect(dayFromRuleDate("2020-02-01")).toBeNull();
    expect(dayFromRuleDate("01/02/20")).toBeNull();
    expect(dayFromRuleDate("29/02/2021")).toBeNull();
    expect(dayFromRuleDate(" 01/02/2020")).toBeNull();
    expect(dayFromRuleDate(null)).toBeNull();
  });
});
