import { describe, expect, it } from "vitest";
import { DEFAULT_SUPPRESSION, presentFigure } from "../../src/evaluate/suppression.js";
import { type Measurement, missingData } from "../../src/indicators/types.js";

const measured = (numerator: number, denominator: number | null): Measurement => ({
  kind: "measured", numerator, denominator, members: { numerator: [], denominator: [], excluded: [] },
});

describe("presentFigure", () => {
  it("presents a percentage at or above the minimum denominator", () => {
    expect(presentFigure("percent", measured(1, 5), null, DEFAULT_SUPPRESSION)).toEqual({ value: 20, numerator: 1, denominator: 5, suppressed: false, note: null });
  });
  it("suppresses a percentage below the minimum denominator, and by default its counts too", () => {
    expect(presentFigure("percent", measured(1, 4), null, DEFAULT_SUPPRESSION)).toEqual({
      value: null, numerator: null, denominator: null, suppressed: true, note: "denominator below 5: value suppressed",
    });
  });
  it("keeps the counts of a suppressed figure with hideCounts: false", () => {
    expect(presentFigure("percent", measured(1, 4), null, { minDenominator: 5, hideCounts: false })).toEqual({
      value: null, numerator: 1, denominator: 4, suppressed: true, note: "denominator below 5: value suppressed",
    });
  });
  it("names the configured minimum and hides the counts with hideCounts", () => {
    expect(presentFigure("days", measured(2000, 9), null, { minDenominator: 10, hideCounts: true })).toEqual({
      value: null, numerator: null, denominator: null, suppressed: true, note: "denominator below 10: value suppressed",
    });
  });
  it("notes an empty cohort: numerator 0, denominator 0, no value, not suppressed (nothing to hide)", () => {
    expect(presentFigure("percent", measured(0, 0), null, DEFAULT_SUPPRESSION)).toEqual({
      value: null, numerator: 0, denominator: 0, suppressed: false, note: "no children in the cohort",
    });
  });
  it("gives a null numerator for days over an empty cohort", () => {
    expect(presentFigure("days", measured(0, 0), null, DEFAULT_SUPPRESSION).numerator).toBeNull();
  });
  it("does not mark an empty cohort suppressed when minDenominator is 0", () => {
    expect(presentFigure("percent", measured(0, 0), null, { minDenominator: 0, hideCounts: false })).toMatchObject({ suppressed: false, note: "no children in the cohort" });
  });
  it("never suppresses counts or rates", () => {
    expect(presentFigure("count", measured(2, null), null, DEFAULT_SUPPRESSION)).toEqual({ value: 2, numerator: 2, denominator: null, suppressed: false, note: null });
    expect(presentFigure("rate-per-10k", measured(2, null), 50000, DEFAULT_SUPPRESSION)).toEqual({ value: 0.4, numerator: 2, denominator: 50000, suppressed: false, note: null });
  });
  it("keeps a rate's numerator and notes the missing population", () => {
    expect(presentFigure("rate-per-10k", measured(380, null), null, DEFAULT_SUPPRESSION)).toEqual({
      value: null, numerator: 380, denominator: null, suppressed: false, note: "needs --population",
    });
  });
  it("passes on a missing table's note with no figures", () => {
    expect(presentFigure("percent", missingData(["visits"], null), null, DEFAULT_SUPPRESSION)).toEqual({
      value: null, numerator: null, denominator: null, suppressed: false, note: "needs visits.csv",
    });
  });
});
