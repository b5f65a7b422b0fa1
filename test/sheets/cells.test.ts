import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { type Day, isoFromDay } from "../../src/dates/day.js";
import {
  type Read, dayFromExcelSerial, isDateObject, readChoice, readCode, readDay, readFlag, readId, readInteger, readNumber, readText,
} from "../../src/sheets/cells.js";

const ok = <T>(value: T | null): Read<T> => ({ ok: true, value });
const iso = (read: Read<Day>) => (read.ok && read.value !== null ? isoFromDay(read.value) : read);

/** Independent oracle for serials past Excel's fictitious 29/02/1900: days since 1899-12-30 in UTC. */
const oracleIso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

const READERS: [string, (cell: unknown) => Read<unknown>][] = [
  ["readDay", readDay], ["readId", readId], ["readText", readText], ["readCode", (c) => readCode(c)], ["readFlag", readFlag],
  ["readNumber", readNumber], ["readInteger", (c) => readInteger(c, 0, 40)], ["readChoice", (c) => readChoice(c, ["eligible", "relevant"])],
];

const BLANKS: unknown[] = [null, undefined, "", "   ", "\t", "\u00a0"];

describe("dayFromExcelSerial", () => {
  it("reads serial 1 as 1 January 1900 and 59 as 28 February 1900", () => {
    expect(iso(dayFromExcelSerial(1))).toBe("1900-01-01");
    expect(iso(dayFromExcelSerial(59))).toBe("1900-02-28");
  });

  it("refuses serial 60, Excel's fictitious 29 February 1900, and reads 61 as 1 March 1900", () => {
    expect(dayFromExcelSerial(60)).toEqual({ ok: false, reason: "serial 60 is Excel's fictitious 29/02/1900, not a date" });
    expect(iso(dayFromExcelSerial(61))).toBe("1900-03-01");
  });

  it("reads 43496 as 31 January 2019 and drops a time of day", () => {
    expect(iso(dayFromExcelSerial(43496))).toBe("2019-01-31");
    expect(iso(dayFromExcelSerial(43496.75))).toBe("2019-01-31");
  });

  it("refuses serials outside Excel's calendar", () => {
    for (const serial of [0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) expect(dayFromExcelSerial(serial).ok).toBe(false);
  });

  it("agrees with a UTC oracle for every serial from 61 to 31/12/9999", () =>
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => iso(dayFromExcelSerial(serial)) === oracleIso(serial))));
});

describe("readDay", () => {
  it("reads DD/MM/YYYY and YYYY-MM-DD text, one-digit day and month included", () => {
    expect(iso(readDay("31/01/2019"))).toBe("2019-01-31");
    expect(iso(readDay(" 2019-1-5 "))).toBe("2019-01-05");
    expect(iso(readDay("5/1/2019"))).toBe("2019-01-05");
  });

  it("refuses text that is not a real date", () => {
    expect(readDay("31/02/2019").ok).toBe(false);
    expect(readDay("43496").ok).toBe(false);
    expect(readDay("31/01/19").ok).toBe(false);
  });

  it("treats Excel desktop's 0 and every blank as missing", () => {
    for (const cell of [0, ...BLANKS]) expect(readDay(cell)).toEqual(ok(null));
  });

  it("refuses an invalid Date and a boolean", () => {
    expect(readDay(new Date(Number.NaN)).ok).toBe(false);
    expect(readDay(true).ok).toBe(false);
  });
});

describe("readDay with Google Sheets dates", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Apps Script passes a date cell as local midnight of the script's zone.
  for (const zone of ["Europe/London", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"]) {
    it(`reads the calendar day of a local-midnight Date in ${zone}`, () => {
      process.env.TZ = zone;
      expect(iso(readDay(new Date(2019, 0, 31)))).toBe("2019-01-31");
      expect(iso(readDay(new Date(2022, 2, 27)))).toBe("2022-03-27"); // the day UK clocks go forward
      expect(iso(readDay(new Date(2020, 1, 29)))).toBe("2020-02-29");
    });
  }

  it("does not read the UTC day: in Auckland local midnight is the previous day in UTC", () => {
    process.env.TZ = "Pacific/Auckland";
    const date = new Date(2019, 0, 31);
    expect(date.toISOString().slice(0, 10)).toBe("2019-01-30");
    expect(iso(readDay(date))).toBe("2019-01-31");
  });

  it("reads any local-midnight Date back as its day, in a zone far from UTC", () => {
    process.env.TZ = "Pacific/Kiritimati";
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) =>
        iso(readDay(new Date(y, m - 1, d))) === `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    );
  });

  it("recognises a Date from another realm", () => {
    expect(isDateObject(Object.create(Date.prototype))).toBe(false);
    expect(isDateObject(new Date(0))).toBe(true);
  });
});

describe("readId", () => {
  it("keeps text as typed and reads Excel's numeric ids as their digits", () => {
    expect(readId("0012")).toEqual(ok("0012"));
    expect(readId(" Ab1 ")).toEqual(ok("Ab1"));
    expect(readId(12345)).toEqual(ok("12345"));
    expect(readId("12.0")).toEqual(ok("12"));
  });

  it("treats Excel desktop's 0 as a blank and refuses a fraction", () => {
    expect(readId(0)).toEqual(ok(null));
    expect(readId(1.5).ok).toBe(false);
  });
});

describe("readCode", () => {
  it("upper-cases codes and keeps a 0 only where the code list has one", () => {
    expect(readCode(" e4a ")).toEqual(ok("E4A"));
    expect(readCode(0)).toEqual(ok(null));
    expect(readCode(0, true)).toEqual(ok("0"));
    expect(readCode("0")).toEqual(ok("0"));
  });
});

describe("readFlag", () => {
  it("reads 1/0, booleans and TRUE/FALSE text, and refuses other values", () => {
    expect([1, true, "TRUE", "1.0", " true "].map(readFlag)).toEqual(Array(5).fill(ok(1)));
    expect([0, false, "False", "0.0"].map(readFlag)).toEqual(Array(4).fill(ok(0)));
    expect(readFlag(2).ok).toBe(false);
    expect(readFlag("yes").ok).toBe(false);
  });
});

describe("readNumber and readInteger", () => {
  it("reads numbers and numeric text, and refuses other text", () => {
    expect(readNumber("5.8")).toEqual(ok(5.8));
    expect(readNumber(-3)).toEqual(ok(-3));
    expect(readNumber("5,8").ok).toBe(false);
    expect(readNumber("0x10").ok).toBe(false);
  });

  it("keeps a real 0 as 0", () => {
    expect(readNumber(0)).toEqual(ok(0));
    expect(readNumber("0")).toEqual(ok(0));
  });

  it("refuses a fraction or an out-of-range whole number", () => {
    expect(readInteger(41, 0, 40).ok).toBe(false);
    expect(readInteger(2.5, 0, 40).ok).toBe(false);
    expect(readInteger("40", 0, 40)).toEqual(ok(40));
  });
});

describe("readChoice", () => {
  it("matches case-insensitively and returns the choice as spelt", () => {
    expect(readChoice(" Eligible", ["eligible", "relevant"])).toEqual(ok("eligible"));
    expect(readChoice("other", ["eligible", "relevant"]).ok).toBe(false);
  });
});

describe("the cell normaliser", () => {
  const hostCell = fc.oneof(
    fc.anything(),
    fc.double(),
    fc.integer({ min: -10, max: 3_000_000 }),
    fc.string(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom<unknown>(...BLANKS, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, true, false, [[1]], {}),
  );

  it("never throws: a value it cannot use comes back with a reason", () =>
    fc.assert(
      fc.property(hostCell, (cell) =>
        READERS.every(([, read]) => {
          const result = read(cell);
          return result.ok || (typeof result.reason === "string" && result.reason.length > 0);
        }),
      ),
    ));

  it("never reads a blank as zero, in any reader or host", () => {
    for (const [name, read] of READERS) for (const cell of BLANKS) expect([name, read(cell)]).toEqual([name, ok(null)]);
  });

  it("reads every date it accepts as a whole day", () =>
    fc.assert(fc.property(hostCell, (cell) => {
      const result = readDay(cell);
      return !result.ok || result.value === null || Number.isSafeInteger(result.value);
    })));
});
