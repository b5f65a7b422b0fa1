/**
 * Whole days. A `Day` is the number of days since 1970-01-01 (day 0), with no time and no
 * time zone: the core never touches `Date`. Conversions to and from ISO text live here.
 *
 * Intervals in the model are half-open `[start, end)` for episodes (indicators.md §1.1), so an
 * X1 end and the next episode's start on the same day tile without overlap; reporting windows
 * are closed `[start, end]`.
 */
declare const dayBrand: unique symbol;
export type Day = number & { readonly [dayBrand]: true };

export interface YearMonthDay {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic for any
// proleptic Gregorian date, no Date object involved.
/**
 * @example
 * ```ts
 * dayFromYmd(2019, 1, 31); // 17927
 * ```
 */
export function dayFromYmd(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as Day;
}

/**
 * @example
 * ```ts
 * ymdFromDay(17927); // { year: 2019, month: 1, day: 31 }
 * ```
 */
export function ymdFromDay(d: Day | number): YearMonthDay {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** A whole number of days: the runtime check behind the `Day` brand. */
export function isDay(value: unknown): value is Day {
  return typeof value === "number" && Number.isSafeInteger(value);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `"2019-01-31"` → Day, or null when the text is not a real calendar date.
 *
 * @example
 * ```ts
 * parseIsoDay("2019-01-31"); // 17927
 * parseIsoDay("2019-02-30"); // null: not a real date
 * ```
 */
export function parseIsoDay(text: string): Day | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

/**
 * Like `parseIsoDay`, but throws on text that is not a date (for trusted input).
 *
 * @example
 * ```ts
 * dayFromIso("2019-01-31"); // 17927 (days since 1970-01-01)
 * ```
 */
export function dayFromIso(text: string): Day {
  const day = parseIsoDay(text);
  if (day === null) throw new RangeError(`[cic-scorecard] not an ISO date: ${JSON.stringify(text)}`);
  return day;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * @example
 * ```ts
 * isoFromDay(17927); // "2019-01-31"
 * ```
 */
export function isoFromDay(d: Day): string {
  const { year, month, day } = ymdFromDay(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * DD/MM/YYYY, the way 903 files and council papers print dates.
 *
 * @example
 * ```ts
 * ukFromDay(17927); // "31/01/2019", as the 903 writes dates
 * ```
 */
export function ukFromDay(d: Day): string {
  const { year, month, day } = ymdFromDay(d);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/**
 * @example
 * ```ts
 * isoFromDay(addDays(dayFromIso("2019-01-31"), 1)); // "2019-02-01"
 * ```
 */
export function addDays(d: Day, n: number): Day {
  return (d + n) as Day;
}

/** 0 = Monday … 6 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function weekday(d: Day): number {
  return (((d + 3) % 7) + 7) % 7;
}

/**
 * The same day of the month n months later, clamped to the month's end (indicators.md §1.3).
 *
 * @example
 * ```ts
 * isoFromDay(addMonths(dayFromIso("2019-01-31"), 1)); // "2019-02-28": the month's last day when the day does not exist
 * ```
 */
export function addMonths(d: Day, n: number): Day {
  const { year, month, day } = ymdFromDay(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(d: Day, n: number): Day {
  return addMonths(d, 12 * n);
}

export function isLastDayOfMonth(d: Day): boolean {
  const { year, month, day } = ymdFromDay(d);
  return day === daysInMonth(year, month);
}

export function lastDayOfMonth(d: Day): Day {
  const { year, month } = ymdFromDay(d);
  return dayFromYmd(year, month, daysInMonth(year, month));
}

export function firstDayOfMonth(d: Day): Day {
  const { year, month } = ymdFromDay(d);
  return dayFromYmd(year, month, 1);
}

/** Age in whole years at `on`: the largest n with addYears(dob, n) ≤ on (29 Feb → 28 Feb). */
export function ageAt(dateOfBirth: Day, on: Day): number {
  const age = ymdFromDay(on).year - ymdFromDay(dateOfBirth).year;
  return addYears(dateOfBirth, age) > on ? age - 1 : age;
}

/** Completed months from `start` to `on`: the largest m with addMonths(start, m) ≤ on. */
export function completedMonths(start: Day, on: Day): number {
  const s = ymdFromDay(start);
  const o = ymdFromDay(on);
  let m = (o.year - s.year) * 12 + (o.month - s.month);
  while (m > 0 && addMonths(start, m) > on) m -= 1;
  while (addMonths(start, m + 1) <= on) m += 1;
  return Math.max(m, 0);
}
