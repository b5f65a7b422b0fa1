import { type Day, dayFromYmd, daysInMonth, isValidYmd, ukFromDay } from "../../dates/day.js";

/**
 * Reading single values (data.md §3). Each reader returns what it found; the caller turns
 * that into issues, because whether a problem rejects the record depends on the column's mark.
 */

const NBSP = 0xa0;

function isTrimmable(c: number): boolean {
  return c === 32 || c === 9 || c === NBSP;
}

/** Trims spaces, tabs and non-breaking spaces; "" means blank. */
export function trimValue(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmable(text.charCodeAt(start))) start += 1;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** V8 keeps a slice of 13 characters or more as a view of the string it was cut from. */
const SLICED_FROM = 13;

/** Longest value copied a character at a time; a longer one is copied whole. */
const COPIED_BY_CHARACTER = 64;

/**
 * `text` not holding on to the text it was cut from. A field is cut from the chunk of the file
 * decoded at a time (a mebibyte), and a long one (a UPN, a child id of 13 characters or more)
 * kept would keep the whole chunk alive with it: with such values, every chunk of a file.
 * Copied from its character codes into a string of its own. A concatenation, which V8
 * flattens into a new string before cutting from it, frees the chunk but gives a view of the
 * copy: two strings for each value, so only a value too long for that is copied so.
 */
export function detached(text: string): string {
  const n = text.length;
  if (n < SLICED_FROM) return text;
  if (n > COPIED_BY_CHARACTER) return (" " + text).slice(1);
  const codes = new Array<number>(n);
  for (let k = 0; k < n; k += 1) codes[k] = text.charCodeAt(k);
  return String.fromCharCode(...codes);
}

const FLOAT_ARTEFACT = /^(\d+)\.0$/;

/** An identifier as text; `12.0` (a spreadsheet artefact) is read as `12`. */
export function readId(text: string): { value: string; repaired: boolean } {
  const m = FLOAT_ARTEFACT.exec(text);
  return m ? { value: m[1]!, repaired: true } : { value: text, repaired: false };
}

/** Whether `text` ends in `.0`: only then can `readId` repair it (a cheap test first). */
export function mayBeFloatArtefact(text: string): boolean {
  const n = text.length;
  return n >= 3 && text.charCodeAt(n - 1) === 48 && text.charCodeAt(n - 2) === 46;
}

const SLASH = 47;

/** The digit at `k`, or -1. */
function digitAt(text: string, k: number): number {
  const d = text.charCodeAt(k) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * The day of `text` when it is exactly `DD/MM/YYYY` and a real date, read from character
 * codes (most dates in a return look like this); otherwise null, and `readDate` decides.
 */
export function readCommonDate(text: string): Day | null {
  if (text.length !== 10 || text.charCodeAt(2) !== SLASH || text.charCodeAt(5) !== SLASH) return null;
  const d1 = digitAt(text, 0), d2 = digitAt(text, 1), m1 = digitAt(text, 3), m2 = digitAt(text, 4);
  const y1 = digitAt(text, 6), y2 = digitAt(text, 7), y3 = digitAt(text, 8), y4 = digitAt(text, 9);
  if ((d1 | d2 | m1 | m2 | y1 | y2 | y3 | y4) < 0) return null;
  const day = d1 * 10 + d2;
  const month = m1 * 10 + m2;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromYmd(year, month, day);
}

export type DateRead =
  | { kind: "date"; day: Day; twoDigitYear: boolean }
  | { kind: "invalid" }
  | { kind: "serial"; standsFor: string };

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WHOLE_NUMBER = /^\d{1,5}$/;

/**
 * `DD/MM/YYYY`, `YYYY-MM-DD` (day and month may have one digit) or `DD/MM/YY`. A two-digit
 * year is 20YY unless that date would fall after `latestTwoDigitDay`, then 19YY (null: 20YY).
 */
export function readDate(text: string, latestTwoDigitDay: Day | null): DateRead {
  let m = UK_DATE.exec(text);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const yearText = m[3]!;
    if (yearText.length === 4) {
      const year = Number(yearText);
      return isValidYmd(year, month, day) ? { kind: "date", day: dayFromYmd(year, month, day), twoDigitYear: false } : { kind: "invalid" };
    }
    const yy = Number(yearText);
    if (isValidYmd(2000 + yy, month, day)) {
      const in2000s = dayFromYmd(2000 + yy, month, day);
      if (latestTwoDigitDay === null || in2000s <= latestTwoDigitDay) return { kind: "date", day: in2000s, twoDigitYear: true };
    }
    return isValidYmd(1900 + yy, month, day)
      ? { kind: "date", day: dayFromYmd(1900 + yy, month, day), twoDigitYear: true }
      : { kind: "invalid" };
  }
  m = ISO_DATE.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidYmd(year, month, day) ? { kind: "date", day: dayFromYmd(year, month, day), twoDigitYear: false } : { kind: "invalid" };
  }
  if (WHOLE_NUMBER.test(text)) {
    const serial = Number(text);
    if (serial >= 1 && serial <= 99999) return { kind: "serial", standsFor: excelSerialText(serial) };
  }
  return { kind: "invalid" };
}

/**
 * The DD/MM/YYYY an Excel 1900-system serial stands for: 1 = 01/01/1900, and 60 is Excel's
 * fictitious 29/02/1900, so serials from 61 on count from 30/12/1899.
 */
export function excelSerialText(serial: number): string {
  if (serial === 60) return "29/02/1900";
  const epoch = serial < 60 ? dayFromYmd(1899, 12, 31) : dayFromYmd(1899, 12, 30);
  return ukFromDay((epoch + serial) as Day);
}

export type FlagRead = { kind: "flag"; value: 0 | 1; lenient: boolean } | { kind: "invalid" };

/** `1`/`0`; `TRUE`/`FALSE` (any case) and `1.0`/`0.0` are read leniently. */
export function readFlag(text: string): FlagRead {
  if (text === "1") return { kind: "flag", value: 1, lenient: false };
  if (text === "0") return { kind: "flag", value: 0, lenient: false };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || text === "1.0") return { kind: "flag", value: 1, lenient: true };
  if (upper === "FALSE" || text === "0.0") return { kind: "flag", value: 0, lenient: true };
  return { kind: "invalid" };
}

const INTEGER = /^\d{1,9}$/;

/** A whole number within [min, max], or null. */
export function readInteger(text: string, min: number, max: number): number | null {
  if (!INTEGER.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
