import { type Day, addDays, dayFromYmd, weekday, ymdFromDay } from "./day.js";

/**
 * England and Wales bank holidays, computed from the standing rules for any year plus the
 * one-off changes listed in indicators.md §1.4 (source: gov.uk/bank-holidays and the
 * proclamations behind the one-offs). Years after 2025 are projections: councils add future
 * one-offs through `options.bankHolidays`.
 */

/** Easter Sunday (Anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, day);
}

const MONDAY = 0;
const SATURDAY = 5;

function firstMonday(year: number, month: number): Day {
  const first = dayFromYmd(year, month, 1);
  return addDays(first, (7 - weekday(first) + MONDAY) % 7);
}

function lastMonday(year: number, month: number): Day {
  const next = dayFromYmd(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
  const last = addDays(next, -1);
  return addDays(last, -((weekday(last) - MONDAY + 7) % 7));
}

/** A weekend day moves to the next weekday. */
function nextWeekday(d: Day): Day {
  const w = weekday(d);
  return w === SATURDAY ? addDays(d, 2) : w === SATURDAY + 1 ? addDays(d, 1) : d;
}

/** Christmas and Boxing Day with their substitutes (a Saturday Christmas moves both on). */
function christmas(year: number): [Day, Day] {
  const xmas = dayFromYmd(year, 12, 25);
  const w = weekday(xmas);
  if (w === SATURDAY) return [addDays(xmas, 2), addDays(xmas, 3)]; // Mon 27, Tue 28
  if (w === SATURDAY + 1) return [addDays(xmas, 2), addDays(xmas, 1)]; // Tue 27, Mon 26
  if (w === 4) return [xmas, addDays(xmas, 3)]; // Friday: Boxing Day moves to Monday 28
  return [xmas, addDays(xmas, 1)];
}

interface OneOff {
  year: number;
  remove: string[];
  add: string[];
}

const ONE_OFFS: OneOff[] = [
  { year: 1995, remove: ["1995-05-01"], add: ["1995-05-08"] },
  { year: 1999, remove: [], add: ["1999-12-31"] },
  { year: 2002, remove: ["2002-05-27"], add: ["2002-06-03", "2002-06-04"] },
  { year: 2011, remove: [], add: ["2011-04-29"] },
  { year: 2012, remove: ["2012-05-28"], add: ["2012-06-04", "2012-06-05"] },
  { year: 2020, remove: ["2020-05-04"], add: ["2020-05-08"] },
  { year: 2022, remove: ["2022-05-30"], add: ["2022-06-02", "2022-06-03", "2022-09-19"] },
  { year: 2023, remove: [], add: ["2023-05-08"] },
];

/** The standing-rule holidays of one year with its one-off changes, sorted. */
export function bankHolidaysOf(year: number): Day[] {
  const easter = easterSunday(year);
  const days = new Set<number>([
    nextWeekday(dayFromYmd(year, 1, 1)),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmas(year),
  ]);
  for (const oneOff of ONE_OFFS) {
    if (oneOff.year !== year) continue;
    for (const iso of oneOff.remove) days.delete(isoDay(iso));
    for (const iso of oneOff.add) days.add(isoDay(iso));
  }
  return [...days].sort((a, b) => a - b) as Day[];
}

function isoDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
}

export interface BankHolidayAdjustments {
  add?: readonly Day[];
  remove?: readonly Day[];
}

/**
 * A bank-holiday calendar: memoised per year, with the council's own additions and removals
 * (`options.bankHolidays`). Build one per scorecard run and pass it down.
 *
 * @example
 * ```ts
 * // A council closed on an extra day, and open on one bank holiday:
 * const calendar = new BankHolidayCalendar({ add: [dayFromIso("2019-12-24")], remove: [dayFromIso("2019-08-26")] });
 * workingDaysBetween(dayFromIso("2019-12-20"), dayFromIso("2019-12-31"), calendar);
 * ```
 */
export class BankHolidayCalendar {
  private readonly years = new Map<number, Set<number>>();
  /** n → from → the n-th working day after from: review and IHA due dates repeat at every as-at date. */
  private readonly workingDaysAfter = new Map<number, Map<number, Day>>();
  private readonly added: Set<number>;
  private readonly removed: Set<number>;

  constructor(adjustments: BankHolidayAdjustments = {}) {
    this.added = new Set(adjustments.add ?? []);
    this.removed = new Set(adjustments.remove ?? []);
  }

  isBankHoliday(d: Day): boolean {
    if (this.added.has(d)) return true;
    if (this.removed.has(d)) return false;
    const year = ymdFromDay(d).year;
    let set = this.years.get(year);
    if (!set) {
      set = new Set(bankHolidaysOf(year));
      this.years.set(year, set);
    }
    return set.has(d);
  }

  isWorkingDay(d: Day): boolean {
    const w = weekday(d);
    return w < SATURDAY && !this.isBankHoliday(d);
  }

  /** The n-th working day after `from` (n ≥ 0; `from` itself is day 0), remembered by this calendar. */
  addWorkingDays(from: Day, n: number): Day {
    let byStart = this.workingDaysAfter.get(n);
    if (byStart === undefined) this.workingDaysAfter.set(n, (byStart = new Map()));
    let day = byStart.get(from);
    if (day === undefined) {
      day = from;
      for (let left = n; left > 0; ) {
        day = addDays(day, 1);
        if (this.isWorkingDay(day)) left -= 1;
      }
      byStart.set(from, day);
    }
    return day;
  }
}

/** England and Wales as published, no council changes: shared, so its remembered answers serve every run. */
export const defaultCalendar = new BankHolidayCalendar();
