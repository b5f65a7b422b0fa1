import { describe, expect, it } from "vitest";
import { BUILT_IN_INDICATORS, createRegistry } from "../../src/indicators/registry.js";
import { defineIndicator } from "../../src/indicators/types.js";

// The catalogue order of indicators.md §2: the order of every output.
const CATALOGUE = [
  "cla-count", "cla-rate", "starts-count", "starts-rate", "ends-count", "ends-rate", "placements-3plus", "long-term-stability",
  "reviews-on-time", "visits-on-time", "iha-on-time", "health-check-annual", "dental-check", "immunisations-up-to-date",
  "pep-current", "missing-children", "missing-episodes", "adopted-percent", "adoption-a1-days", "adoption-a10-days",
  "adoption-a2-days", "adoption-a1-within-threshold", "adoption-a2-within-threshold", "care-leavers-in-touch",
  "care-leavers-suitable-accommodation", "care-leavers-unsuitable-accommodation", "care-leavers-eet", "care-leavers-neet",
  "pathway-plans-current",
];

describe("registry", () => {
  it("holds every catalogue indicator once, in catalogue order", () => {
    expect(BUILT_IN_INDICATORS.map((d) => d.id)).toEqual(CATALOGUE);
  });

  it("lets a council add a local indicator after the national ones", () => {
    const local = defineIndicator({ ...BUILT_IN_INDICATORS[0]!, id: "local-foster-households" });
    expect(createRegistry([local]).map((d) => d.id).at(-1)).toBe("local-foster-households");
  });

  it("refuses a local indicator that reuses a national id", () => {
    expect(() => createRegistry([BUILT_IN_INDICATORS[0]!])).toThrow(/registered twice/);
  });
});
