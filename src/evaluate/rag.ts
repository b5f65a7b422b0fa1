import { match } from "ts-pattern";
import { assertOneOf } from "../errors.js";
import { POLARITIES, type Polarity } from "../indicators/types.js";
import { Decimal, compareValues } from "../numbers/decimal.js";
import type { Rag } from "./types.js";

/**
 * RAG of a presented value against a target (interface.md §5). The tolerance is the amber
 * band in the indicator's unit (null = 0). Compared in exact decimal, so 5.8 vs 5.7 + 0.1
 * is a tie, not a floating-point accident. Null with no target, no value or polarity `none`.
 *
 * @example
 * ```ts
 * ragOf(5.8, 6, 1, "lower-is-better"); // "green"
 * ragOf(64.7, 69.1, 2, "higher-is-better"); // "red"
 * ```
 */
export function ragOf(value: number | null, target: number | null, tolerance: number | null, polarity: Polarity): Rag | null {
  // Checked first: any other spelling ("higher") used to read as lower-is-better.
  assertOneOf(polarity, POLARITIES, "polarity");
  if (value === null || target === null) return null;
  const band = tolerance ?? 0;
  return match(polarity)
    .returnType<Rag | null>()
    .with("none", () => null)
    .with("higher-is-better", () => {
      if (compareValues(value, target) >= 0) return "green";
      return new Decimal(value).greaterThanOrEqualTo(new Decimal(target).minus(band)) ? "amber" : "red";
    })
    .with("lower-is-better", () => {
      if (compareValues(value, target) <= 0) return "green";
      return new Decimal(value).lessThanOrEqualTo(new Decimal(target).plus(band)) ? "amber" : "red";
    })
    .exhaustive();
}
