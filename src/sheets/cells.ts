import { type Day, dayFromYmd, isValidYmd } from "../dates/day.js";

/**
 * The one place where spreadsheet cells become core values. Hosts differ:
 * - Excel passes a blank as 0 (desktop) or null (web), dates as 1900-system serial numbers;
 * - Google Sheets passes a blank as "" and dates as `Date` objects.
 * A blank is always missing (null), never 0. Readers never throw: a value they cannot use
 * comes back as `{ ok: false, reason }` so the caller decides (skip the row, or raise a
 * host error for a scalar argument).
 *
 * Dates from Google Sheets: Apps Script hands a date cell over as the `Date` of local
 * midnight in the script's time zone, so its calendar day is read with the local getters
 * (getFullYear/getMonth/getDate), never from UTC. The generated appsscript.json sets the
 * script's zone to Europe/London; the spreadsheet's zone (File → Settings) must be the same.
 */
export type Read<T> = { ok: true; value: T | null } | { ok: false; reason: string };

const blank = <T>(): Read<T> => ({ ok: true, value: null });
const value = <T>(v: T): Read<T> => ({ ok: true, value: v });
const fail = <T>(reason: string): Read<T> => ({ ok: false, reason });

const NBSP = "\u00a0";

/** Trims spaces, tabs and non-breaking spaces (as the CSV reader does). */
const trimmable = (c: string) => c === " " || c === "\t" || c === NBSP;

export function trimText(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && trimmable(text[start]!)) start += 1;
  while (end > start && trimmable(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}

/** null, undefined, an empty or all-space text: the blanks of both hosts (Excel desktop's 0 aside). */
export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && trimText(cell) === "");
}

/** A `Date`, from this realm or another (Apps Script, node:vm): `instanceof` is not enough. */
export function isDateObject(cell: unknown): cell is Date {
  return Object.prototype.toString.call(cell) === "[object Date]";
}

/** What a cell shows, for messages. */
export function describeCell(cell: unknown): string {
  if (typeof cell === "string") return JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
  if (isDateObject(cell)) return "a date";
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell === null || cell === undefined) return "a blank";
  return Array.isArray(cell) ? "a range" : "an unsupported value";
}

/** Serial 2958465 is 31/12/9999, Excel's last date. */
const LAST_SERIAL = 2958465;
const SERIAL_EPOCH_EARLY = dayFromYmd(1899, 12, 31); // serial 1 = 01/01/1900
const SERIAL_EPOCH = dayFromYmd(1899, 12, 30); // from serial 61, past Excel's fictitious 29/02/1900

/**
 * An Excel 1900-system serial as a Day: 1 = 1900-01-01; 60 is Excel's fictitious 29/02/1900
 * (not a date); from 61 on, days since 1899-12-30. A time of day (the fraction) is dropped.
 * Pure arithmetic: no `Date`, so no time zone.
 */
export function dayFromExcelSerial(serial: number): Read<Day> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return fail(`${serial} is not an Excel date serial (1 to ${LAST_SERIAL})`);
  const whole = Math.floor(serial);
  if (whole === 60) return fail("serial 60 is Excel's fictitious 29/02/1900, not a date");
  return value(((whole < 60 ? SERIAL_EPOCH_EARLY : SERIAL_EPOCH) + whole) as Day);
}

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** `DD/MM/YYYY` or `YYYY-MM-DD` text (day and month may have one digit), as the 903 writes dates. */
export function dayFromDateText(text: string): Read<Day> {
  const uk = UK_DATE.exec(text);
  const iso = uk ? null : ISO_DATE.exec(text);
  const [year, month, day] = uk ? [Number(uk[3]), Number(uk[2]), Number(uk[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [0, 0, 0];
  if ((uk || iso) && isValidYmd(year, month, day)) return value(dayFromYmd(year, month, day));
  return fail(`${JSON.stringify(text)} is not a date (DD/MM/YYYY or YYYY-MM-DD)`);
}

/**
 * A date cell: a serial number (Excel; 0 is Excel desktop's blank), a `Date` (Google Sheets,
 * read in the script's local zone) or date text. Blank → null.
 */
export function readDay(cell: unknown): Read<Day> {
  if (isBlankCell(cell) || cell === 0) return blank();
  if (typeof cell === "number") return dayFromExcelSerial(cell);
  if (typeof cell === "string") return dayFromDateText(trimText(cell));
  if (isDateObject(cell)) {
    const year = cell.getFullYear();
    if (!Number.isFinite(year)) return fail("an invalid date");
    return value(dayFromYmd(year, cell.getMonth() + 1, cell.getDate()));
  }
  return fail(`${describeCell(cell)} is not a date`);
}

const FLOAT_ARTEFACT = /^(\d+)\.0$/;

/**
 * An identifier (CHILD): text kept as typed, case and leading zeros included; a whole number
 * (Excel stores numeric ids as numbers) as its digits; `12.0` → `12`. 0 is Excel desktop's blank.
 */
export function readId(cell: unknown): Read<string> {
  if (isBlankCell(cell) || cell === 0) return blank();
  if (typeof cell === "number") return Number.isSafeInteger(cell) && cell > 0 ? value(String(cell)) : fail(`${cell} is not an identifier`);
  if (typeof cell === "string") {
    const text = trimText(cell);
    const m = FLOAT_ARTEFACT.exec(text);
    return value(m ? m[1]! : text);
  }
  return fail(`${describeCell(cell)} is not an identifier`);
}

/**
 * Free text (postcodes, URN). A number is written as JavaScript prints it. Numeric 0 is a
 * blank: Excel desktop cannot tell the two apart and no text column uses a lone 0.
 */
export function readText(cell: unknown): Read<string> {
  if (isBlankCell(cell) || cell === 0) return blank();
  if (typeof cell === "string") return value(trimText(cell));
  if (typeof cell === "number" && Number.isFinite(cell)) return value(String(cell));
  return fail(`${describeCell(cell)} is not text`);
}

/**
 * A 903 code, upper-cased. Numeric 0 is a blank unless `zeroIsCode` (ACTIV and ACCOM, whose
 * lists hold the code 0; on Excel desktop a blank there reads as 0).
 */
export function readCode(cell: unknown, zeroIsCode = false): Read<string> {
  if (cell === 0 && !zeroIsCode) return blank();
  const text = readText(cell === 0 ? "0" : cell);
  return text.ok && text.value !== null ? value(text.value.toUpperCase()) : text;
}

/** A 0/1 flag: 1, 0, TRUE, FALSE (booleans or text in any case), `1.0`, `0.0`. Blank → null. */
export function readFlag(cell: unknown): Read<0 | 1> {
  if (isBlankCell(cell)) return blank();
  if (cell === 1 || cell === true) return value(1);
  if (cell === 0 || cell === false) return value(0);
  if (typeof cell === "string") {
    const text = trimText(cell).toUpperCase();
    if (text === "1" || text === "1.0" || text === "TRUE") return value(1);
    if (text === "0" || text === "0.0" || text === "FALSE") return value(0);
  }
  return fail(`${describeCell(cell)} is not a 0/1 flag`);
}

/** A finite number (a number, or text that is one). Blank → null; never 0. */
export function readNumber(cell: unknown): Read<number> {
  if (isBlankCell(cell)) return blank();
  if (typeof cell === "number") return Number.isFinite(cell) ? value(cell) : fail(`${describeCell(cell)} is not a number`);
  if (typeof cell === "string") {
    const text = trimText(cell);
    const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
    return Number.isFinite(n) ? value(n) : fail(`${describeCell(cell)} is not a number`);
  }
  return fail(`${describeCell(cell)} is not a number`);
}

/** A whole number within [min, max]. */
export function readInteger(cell: unknown, min: number, max: number): Read<number> {
  const n = readNumber(cell);
  if (!n.ok || n.value === null) return n;
  return Number.isInteger(n.value) && n.value >= min && n.value <= max ? n : fail(`${describeCell(cell)} is not a whole number from ${min} to ${max}`);
}

/** One of `choices`, matched case-insensitively and returned as the choice is spelt. */
export function readChoice<C extends string>(cell: unknown, choices: readonly C[]): Read<C> {
  const text = readText(cell);
  if (!text.ok || text.value === null) return text as Read<C>;
  const lower = text.value.toLowerCase();
  const found = choices.find((c) => c.toLowerCase() === lower);
  return found !== undefined ? value(found) : fail(`${describeCell(cell)} is not one of ${choices.join(", ")}`);
}

/** A host argument that may be a single cell or a 1×1 range: the cell. */
export function scalarOf(argument: unknown): unknown {
  if (Array.isArray(argument) && argument.length === 1 && Array.isArray(argument[0]) && argument[0].length === 1) return argument[0][0];
  return argument;
}
