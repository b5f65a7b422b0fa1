import { describe, expect, it } from "vitest";
import { defaultThemeOf, groupByTheme } from "../../../../src/io/write/html/themes.js";
import type { IndicatorResult } from "../../../../src/scorecard/types.js";

describe("defaultThemeOf", () => {
  it("places every built-in indicator in its committee theme", () => {
    const expected: Record<string, string> = {
      "cla-count": "care-population",
      "ends-rate": "care-population",
      "placements-3plus": "stability",
      "long-term-stability": "stability",
      "reviews-on-time": "timeliness",
      "visits-on-time": "timeliness",
      "iha-on-time": "health",
      "immunisations-up-to-date": "health",
      "pep-current": "education",
      "missing-episodes": "missing",
      "adopted-percent": "adoption",
      "adoption-a2-within-threshold": "adoption",
      "care-leavers-neet": "care-leavers",
      "pathway-plans-current": "care-leavers",
      "local-measure": "other",
    };
    for (const [id, theme] of Object.entries(expected)) expect(defaultThemeOf(id), id).toBe(theme);
  });
});

describe("groupByTheme", () => {
  const indicator = (id: string) => ({ id }) as IndicatorResult;

  it("orders known themes as the report does, then unknown ones as first seen, then other", () => {
    const groups = groupByTheme(
      ["local-b", "pep-current", "local-a", "cla-count", "cla-rate"].map(indicator),
      (id) => (id === "local-a" ? "local" : undefined),
    );
    expect(groups.map((group) => [group.theme, group.label, group.indicators.map((item) => item.id)])).toEqual([
      ["care-population", "Care population", ["cla-count", "cla-rate"]],
      ["education", "Education", ["pep-current"]],
      ["local", "local", ["local-a"]],
      ["other", "Other indicators", ["local-b"]],
    ]);
  });
});
