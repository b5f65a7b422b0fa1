import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/dates/day.js";
import { detached, excelSerialText, mayBeFloatArtefact, readCommonDate, readDate, readFlag, readId, readInteger, trimValue } from "../../../src/io/ssda903/values.js";

describe("trimValue", () => {
  it("trims spaces, tabs and non-breaking spaces", () => {
    expect(trimValue("\u00a0 \tC2\t \u00a0")).toBe("C2");
  });
});

describe("detached", () => {
  it("gives the same text, of any length and any UTF-16 units, cut from a longer one or not", () => {
    const text = fc.string({ unit: "binary", maxLength: 200 });
    fc.assert(
      fc.property(text, text, text, (before, value, after) => {
        const cut = (before + value + after).slice(before.length, before.length + value.length);
        expect(detached(cut)).toBe(value);
        expect(detached(value)).toBe(value);
      }),
      { seed: 2701, numRuns: 500 },
    );
  });
});

describe("readId", () => {
  it("keeps leading zeros", () => {
    expect(readId("0012")).toEqual({ value: "0012", repaired: false });
  });
  it("repairs the spreadsheet artefact 12.0", () => {
    expect(readId("0012.0")).toEqual({ value: "0012", repaired: true });
  });
  it("leaves other decimals alone", () => {
    expect(readId("12.5")).toEqual({ value: "12.5", repaired: false });
  });
});

describe("readDate", () => {
  const march2019 = dayFromIso("2019-03-31");
  it("reads DD/MM/YYYY with one-digit day and month, and YYYY-MM-DD", () => {
    expect(readDate("1/2/2019", null)).toEqual({ kind: "date", day: dayFromIso("2019-02-01"), twoDigitYear: false });
    expect(readDate("2019-02-01", null)).toEqual({ kind: "date", day: dayFromIso("2019-02-01"), twoDigitYear: false });
  });
  it("rejects a day that does not exist", () => {
    expect(readDate("31/02/2022", null)).toEqual({ kind: "invalid" });
    expect(readDate("29/02/2019", null)).toEqual({ kind: "invalid" });
  });
  it("reads DD/MM/YY as 20YY unless that falls after the limit", () => {
    expect(readDate("31/03/19", march2019)).toEqual({ kind: "date", day: dayFromIso("2019-03-31"), twoDigitYear: true });
    expect(readDate("01/04/19", march2019)).toEqual({ kind: "date", day: dayFromIso("1919-04-01"), twoDigitYear: true });
    expect(readDate("01/04/99", null)).toEqual({ kind: "date", day: dayFromIso("2099-04-01"), twoDigitYear: true });
  });
  it("recognises an Excel serial number", () => {
    expect(readDate("43496", null)).toEqual({ kind: "serial", standsFor: "31/01/2019" });
    expect(readDate("0", null)).toEqual({ kind: "invalid" });
    expect(readDate("100000", null)).toEqual({ kind: "invalid" });
  });
  it("calls anything else invalid", () => {
    expect(readDate("next week", null)).toEqual({ kind: "invalid" });
    expect(readDate("2019/02/01", null)).toEqual({ kind: "invalid" });
  });
});

describe("excelSerialText", () => {
  it("follows Excel's 1900 system, fictitious 29/02/1900 included", () => {
    expect(excelSerialText(1)).toBe("01/01/1900");
    expect(excelSerialText(59)).toBe("28/02/1900");
    expect(excelSerialText(60)).toBe("29/02/1900");
    expect(excelSerialText(61)).toBe("01/03/1900");
  });
});

describe("readFlag", () => {
  it("reads 1 and 0 plainly and TRUE/false/1.0/0.0 leniently", () => {
    expect(readFlag("1")).toEqual({ kind: "flag", value: 1, lenient: false });
    expect(readFlag("true")).toEqual({ kind: "flag", value: 1, lenient: true });
    expect(readFlag("FALSE")).toEqual({ kind: "flag", value: 0, lenient: true });
    expect(readFlag("0.0")).toEqual({ kind: "flag", value: 0, lenient: true });
    expect(readFlag("Y")).toEqual({ kind: "invalid" });
  });
});

describe("readInteger", () => {
  it("accepts whole numbers in range only", () => {
    expect(readInteger("40", 0, 40)).toBe(40);
    expect(readInteger("41", 0, 40)).toBeNull();
    expect(readInteger("-1", 0, 40)).toBeNull();
    expect(readInteger("3.0", 0, 40)).toBeNull();
  });
});

describe("readCommonDate", () => {
  it("reads an exact DD/MM/YYYY without a regex", () => {
    expect(readCommonDate("01/02/2019")).toBe(dayFromIso("2019-02-01"));
    expect(readCommonDate("29/02/2020")).toBe(dayFromIso("2020-02-29"));
  });
  it("leaves every other shape, and days that do not exist, to readDate", () => {
    for (const text of ["1/02/2019", "01/2/2019", "01/02/19", "2019-02-01", "01-02-2019", " 01/02/2019", "0a/02/2019", "29/02/2019", "00/01/2019", "01/13/2019", "43496"]) {
      expect(readCommonDate(text)).toBeNull();
    }
  });
  it("agrees with readDate on every string of its shape", () => {
    const digit = fc.constantFrom(..."0123456789");
    const shaped = fc.tuple(digit, digit, digit, digit, digit, digit, digit, digit).map(([a, b, c, d, e, f, g, h]) => `${a}${b}/${c}${d}/${e}${f}${g}${h}`);
    fc.assert(
      fc.property(shaped, (text) => {
        const read = readDate(text, null);
        expect(readCommonDate(text)).toBe(read.kind === "date" ? read.day : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("mayBeFloatArtefact", () => {
  it("is true for every id readId repairs, and cheap to rule the rest out", () => {
    expect(mayBeFloatArtefact("12.0")).toBe(true);
    expect(mayBeFloatArtefact(".0")).toBe(false);
    expect(mayBeFloatArtefact("120")).toBe(false);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."01.a") }), (text) => !readId(text).repaired || mayBeFloatArtefact(text)));
  });
});
