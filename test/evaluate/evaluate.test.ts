import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { CicScorecardError } from "../../src/errors.js";

describe("evaluate", () => {
  it("evaluates the January 2019 rate: red against 74, 2.7 percent; 12.0 per 10k above England", () => {
    expect(
      evaluate(76.0, {
        unit: "rate-per-10k", polarity: "lower-is-better", target: 74, previous: 75.2,
        benchmarks: [{ name: "England", year: "2017-18", value: 64 }, { name: "Statistical neighbours", year: "2017-18", value: "c" }],
      }),
    ).toEqual({
      rag: "red", trend: "worsening", varianceTarget: 2.7, varianceTargetUnit: "percent",
      benchmarks: [
        { name: "England", year: "2017-18", value: 64, variance: 12, varianceUnit: "per-10k" },
        { name: "Statistical neighbours", year: "2017-18", value: "c", variance: null, varianceUnit: "per-10k" },
      ],
    });
  });
  it("uses the unit's default minimum change: a 0.1 move in a percentage shows", () => {
    expect(evaluate(5.8, { unit: "percent", polarity: "lower-is-better", previous: 5.9 }).trend).toBe("improving");
    expect(evaluate(566, { unit: "days", polarity: "lower-is-better", previous: 566.5 }).trend).toBe("stable");
  });
  it("uses a configured minimum change", () => {
    expect(evaluate(5.8, { unit: "percent", polarity: "lower-is-better", previous: 6.2, minimumChange: 0.5 }).trend).toBe("stable");
  });
  it("has no target variance, unit or RAG without a target", () => {
    expect(evaluate(5.8, { unit: "percent", polarity: "lower-is-better" })).toEqual({ rag: null, trend: null, varianceTarget: null, varianceTargetUnit: null, benchmarks: [] });
  });
  it("has nothing but units for a null (suppressed) value", () => {
    expect(evaluate(null, { unit: "percent", polarity: "lower-is-better", target: 6, previous: 5, benchmarks: [{ name: "England", year: "2017-18", value: 10 }] })).toEqual({
      rag: null, trend: null, varianceTarget: null, varianceTargetUnit: "points",
      benchmarks: [{ name: "England", year: "2017-18", value: 10, variance: null, varianceUnit: "points" }],
    });
  });
  it("gives variances but no RAG or trend for polarity none", () => {
    expect(evaluate(380, { unit: "count", polarity: "none", target: 400, previous: 370 })).toEqual({
      rag: null, trend: null, varianceTarget: -20, varianceTargetUnit: "count", benchmarks: [],
    });
  });
  it("throws invalid_argument on a negative tolerance", () => {
    expect(() => evaluate(5, { unit: "percent", polarity: "lower-is-better", target: 6, tolerance: -1 })).toThrow(CicScorecardError);
  });
});
