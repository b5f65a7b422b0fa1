import type { Unit } from "../../../indicators/types.js";
import { groupThousands } from "../../../numbers/grouping.js";
import type { Rag, SuppressionMark, Trend, VarianceUnit } from "../../../scorecard/types.js";

/**
 * Text forms of presented values for committee outputs. Values arrive already rounded
 * (indicators.md §1.10), so this only pads to the unit's decimal places and groups
 * thousands; it never rounds a value that has more places than the unit (a configured
 * target of 6.25 prints as given). No locale APIs: output is the same on every machine.
 */

/** Decimal places a unit is presented with. */
export function unitDecimals(unit: Unit | VarianceUnit): number {
  switch (unit) {
    case "percent":
    case "rate-per-10k":
    case "points":
    case "per-10k":
      return 1;
    case "count":
    case "days":
      return 0;
  }
}

/** Decimal places `value` is written with ("6.25" → 2; an exponent form → 0). */
export function fractionDigits(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes("e")) return 0;
  const point = text.indexOf(".");
  return point === -1 ? 0 : text.length - point - 1;
}

/** "1,234.5": at least `decimals` places, thousands grouped, ASCII minus. */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1e21 || String(value).includes("e")) return String(value);
  const places = Math.max(decimals, fractionDigits(value));
  const fixed = Math.abs(value).toFixed(places);
  const point = fixed.indexOf(".");
  const whole = point === -1 ? fixed : fixed.slice(0, point);
  const fraction = point === -1 ? "" : fixed.slice(point);
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + groupThousands(whole) + fraction;
}

/** "5.8%", "76.0", "566 days", "380". */
export function formatValue(value: number, unit: Unit): string {
  const number = formatNumber(value, unitDecimals(unit));
  switch (unit) {
    case "percent":
      return `${number}%`;
    case "days":
      return value === 1 ? `${number} day` : `${number} days`;
    case "rate-per-10k":
    case "count":
      return number;
  }
}

/** A benchmark's value: a number in the indicator's unit, or the source's suppression mark. */
export function formatBenchmarkValue(value: number | SuppressionMark, unit: Unit): string {
  return typeof value === "number" ? formatValue(value, unit) : value;
}

/** "+0.2 pts", "-4.4 pts", "+2.7%", "+12.0 per 10k", "+203 days", "-5"; zero unsigned. */
export function formatVariance(value: number, unit: VarianceUnit): string {
  const magnitude = formatNumber(Math.abs(value), unitDecimals(unit));
  const sign = Number(magnitude.replace(/,/g, "")) === 0 ? "" : value > 0 ? "+" : "-";
  const signed = sign + magnitude;
  switch (unit) {
    case "points":
      return `${signed} pts`;
    case "percent":
      return `${signed}%`;
    case "per-10k":
      return `${signed} per 10k`;
    case "days":
      return Math.abs(value) === 1 ? `${signed} day` : `${signed} days`;
    case "count":
      return signed;
  }
}

/** The unit as a phrase for headings and alternative text. */
export function unitPhrase(unit: Unit): string {
  switch (unit) {
    case "percent":
      return "percentage";
    case "rate-per-10k":
      return "rate per 10,000 children";
    case "days":
      return "average days";
    case "count":
      return "count";
  }
}

/** RAG as a word and a shape, so it reads without colour. */
export function ragText(rag: Rag | null): { symbol: string; word: string } {
  switch (rag) {
    case "green":
      return { symbol: "\u2713", word: "Green" };
    case "amber":
      return { symbol: "\u25B3", word: "Amber" };
    case "red":
      return { symbol: "\u2717", word: "Red" };
    case null:
      return { symbol: "\u2013", word: "Not rated" };
  }
}

/**
 * Trend as an arrow for the direction the figure moved and a word for whether that is good:
 * a lower-is-better figure that fell shows "↓ Improving".
 */
export function trendText(trend: Trend | null, value: number | null, previous: number | null): { arrow: string; word: string } {
  if (trend === null) return { arrow: "\u2013", word: "No trend" };
  const word = trendWord(trend);
  if (trend === "stable" || value === null || previous === null || value === previous) return { arrow: "\u2192", word };
  return { arrow: value > previous ? "\u2191" : "\u2193", word };
}

function trendWord(trend: Trend): string {
  return trend === "improving" ? "Improving" : trend === "worsening" ? "Worsening" : "Stable";
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function isoParts(iso: string): { year: string; month: string; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  const month = MONTHS[Number(match[2]) - 1];
  if (month === undefined) return null;
  return { year: match[1] ?? "", month, day: Number(match[3]) };
}

/** "2019-01-31" → "31 January 2019"; anything else as given. */
export function formatLongDate(iso: string): string {
  const parts = isoParts(iso);
  return parts === null ? iso : `${parts.day} ${parts.month} ${parts.year}`;
}

/** "2019-01-31" → "Jan 2019"; anything else as given. */
export function formatMonth(iso: string): string {
  const parts = isoParts(iso);
  return parts === null ? iso : `${parts.month.slice(0, 3)} ${parts.year}`;
}
