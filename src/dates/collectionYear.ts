import { type Day, dayFromYmd, ymdFromDay } from "./day.js";

/**
 * Collection years run 1 April to 31 March and are written `2018-19`; the end year of that
 * one is 2019 (indicators.md §1.2).
 */
export function collectionYearEndOf(d: Day): number {
  const { year, month } = ymdFromDay(d);
  return month <= 3 ? year : year + 1;
}

export function collectionYearStart(endYear: number): Day {
  return dayFromYmd(endYear - 1, 4, 1);
}

export function collectionYearEnd(endYear: number): Day {
  return dayFromYmd(endYear, 3, 31);
}

/** `2019` → `"2018-19"`. */
export function collectionYearLabel(endYear: number): string {
  return `${endYear - 1}-${String(endYear % 100).padStart(2, "0")}`;
}

/** `"2018-19"` or `"2018-2019"` → 2019; null when the text is not a collection year. */
export function parseCollectionYear(text: string): number | null {
  const m = /^(\d{4})-(\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const endText = m[2]!;
  const end = endText.length === 4 ? Number(endText) : Math.floor((start + 1) / 100) * 100 + Number(endText);
  return end === start + 1 ? end : null;
}
