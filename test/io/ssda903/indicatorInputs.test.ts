import { describe, expect, it } from "vitest";
import { COLUMN_INDICATORS, INDICATOR_IDS, indicatorsFor, TABLE_INDICATORS } from "../../../src/io/ssda903/indicatorInputs.js";
import { TABLES } from "../../../src/model/tables.js";

describe("indicatorsFor", () => {
  it("names every episodes reader but pathway-plans-current for an episodes error", () => {
    const ids = indicatorsFor("episodes", "error", "DECOM");
    expect(ids).toHaveLength(INDICATOR_IDS.length - 1);
    expect(ids).not.toContain("pathway-plans-current");
  });

  it("names the column's users for a warning, and none for an unused column", () => {
    expect(indicatorsFor("episodes", "warning", "PL_POST")).toEqual(["placements-3plus", "long-term-stability", "adoption-a10-days"]);
    expect(indicatorsFor("episodes", "warning", "CIN")).toEqual([]);
    expect(indicatorsFor("oc3", "warning", "ACCOM")).toEqual(["care-leavers-suitable-accommodation", "care-leavers-unsuitable-accommodation"]);
  });

  it("names the ad1 readers for an ad1 error", () => {
    expect(indicatorsFor("ad1", "error", null)).toEqual(["adoption-a10-days", "adoption-a2-days", "adoption-a2-within-threshold"]);
  });

  it("names nothing for an issue tied to no table", () => {
    expect(indicatorsFor(null, "error", null)).toEqual([]);
  });

  it("lists every table's and column's indicators in registry order", () => {
    const rank = (id: string) => INDICATOR_IDS.indexOf(id as (typeof INDICATOR_IDS)[number]);
    const lists = [...TABLES.map((t) => TABLE_INDICATORS[t]), ...TABLES.flatMap((t) => Object.values(COLUMN_INDICATORS[t]))];
    for (const list of lists) {
      const ranks = list.map(rank);
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe("indicatorsFor PLACE_PROVIDER", () => {
  it("names visits-on-time, whose permanence reads spells that collapseUnchangedMoves changes", () => {
    expect(indicatorsFor("episodes", "warning", "PLACE_PROVIDER")).toEqual(["cla-count", "placements-3plus", "long-term-stability", "visits-on-time"]);
  });
});
