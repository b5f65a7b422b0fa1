import { describe, expect, it } from "vitest";
import { varianceAgainstBenchmark, varianceAgainstTarget } from "../../src/evaluate/variance.js";

// Worked figures of interface.md §5, from the January 2019 report.
describe("varianceAgainstTarget", () => {
  it("gives a rate's variance to target as a relative percentage: 76.0 vs 74 → 2.7 percent", () => {
    expect(varianceAgainstTarget("rate-per-10k", 76.0, 74)).toEqual({ variance: 2.7, varianceUnit: "percent" });
  });
  it("has no relative variance against a target of 0", () => {
    expect(varianceAgainstTarget("rate-per-10k", 76.0, 0)).toEqual({ variance: null, varianceUnit: "percent" });
  });
  it("gives a percentage's variance in points: 64.7 vs 69.1 → −4.4", () => {
    expect(varianceAgainstTarget("percent", 64.7, 69.1)).toEqual({ variance: -4.4, varianceUnit: "points" });
  });
  it("gives days as a whole difference: A1 566 vs 363 → 203 days", () => {
    expect(varianceAgainstTarget("days", 566, 363)).toEqual({ variance: 203, varianceUnit: "days" });
  });
  it("gives counts as a whole difference", () => {
    expect(varianceAgainstTarget("count", 380, 400)).toEqual({ variance: -20, varianceUnit: "count" });
  });
  it("rounds half away from zero: −10.555… → −10.6", () => {
    // (v − r)/r × 100 = (89.4445 − 100)/100 × 100 = −10.5555
    expect(varianceAgainstTarget("rate-per-10k", 89.4445, 100).variance).toBe(-10.6);
    expect(varianceAgainstTarget("percent", 10.05, 20.6).variance).toBe(-10.6);
  });
  it("rounds an exact decimal tie away from zero", () => {
    // −0.05 points rounds to −0.1, not −0 (and never prints −0).
    expect(varianceAgainstTarget("percent", 5.75, 5.8).variance).toBe(-0.1);
    expect(Object.is(varianceAgainstTarget("percent", 5.8, 5.8).variance, 0)).toBe(true);
  });
  it("has a unit but no variance when the value is null", () => {
    expect(varianceAgainstTarget("percent", null, 6)).toEqual({ variance: null, varianceUnit: "points" });
  });
});

describe("varianceAgainstBenchmark", () => {
  it("gives a rate's variance to a benchmark per 10,000: 76.0 vs England 64 → 12.0", () => {
    expect(varianceAgainstBenchmark("rate-per-10k", 76.0, 64)).toEqual({ variance: 12, varianceUnit: "per-10k" });
  });
  it("gives a relative variance with rateBenchmarkVariance relative", () => {
    expect(varianceAgainstBenchmark("rate-per-10k", 76.0, 64, "relative")).toEqual({ variance: 18.8, varianceUnit: "percent" });
  });
  it("has no variance against a suppression mark", () => {
    expect(varianceAgainstBenchmark("percent", 5.8, "c")).toEqual({ variance: null, varianceUnit: "points" });
    expect(varianceAgainstBenchmark("days", 566, "x")).toEqual({ variance: null, varianceUnit: "days" });
  });
  it("gives points against a percent benchmark: 5.8 vs 10 → −4.2", () => {
    expect(varianceAgainstBenchmark("percent", 5.8, 10)).toEqual({ variance: -4.2, varianceUnit: "points" });
  });
});
