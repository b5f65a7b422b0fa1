import { describe, expect, it } from "vitest";
import { CicScorecardError } from "../../src/errors.js";
import { drillDown } from "../../src/scorecard/drillDown.js";
import { FAKES, child, cohort } from "./fakes.js";

const three = cohort([child("b", ["2018-06-01"]), child("a", ["2019-01-15"]), child("c")]);

describe("drillDown", () => {
  it("lists the numerator and denominator children at R", () => {
    expect(drillDown(three, "fake-percent", { asAt: "2019-01-31", indicators: FAKES })).toEqual({ numerator: ["a", "b"], denominator: ["a", "b", "c"], excluded: [] });
  });
  it("follows the as-at date", () => {
    expect(drillDown(three, "fake-percent", { asAt: "2018-12-31", indicators: FAKES }).numerator).toEqual(["b"]);
  });
  it("gives empty lists when the input table is absent", () => {
    expect(drillDown(three, "fake-missing", { asAt: "2019-01-31", indicators: FAKES })).toEqual({ numerator: [], denominator: [], excluded: [] });
  });
  it("throws unknown_indicator for an id not in the registry", () => {
    expect(() => drillDown(three, "cla-count", { asAt: "2019-01-31", indicators: FAKES })).toThrow(expect.objectContaining({ code: "unknown_indicator" }));
    expect(() => drillDown(three, "cla-count", { asAt: "2019-01-31", indicators: FAKES })).toThrow(CicScorecardError);
  });
});
