import { describe, expect, it } from "vitest";
import { indicatorReaders } from "../../src/indicators/readers.js";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";
import type { IndicatorDefinition, IndicatorReads } from "../../src/indicators/types.js";

const definition = (id: string, reads?: IndicatorReads, breakdownReads?: IndicatorReads) =>
  ({ ...BUILT_IN_INDICATORS[0]!, id, reads, breakdownReads }) as IndicatorDefinition;

describe("indicatorReaders", () => {
  it("names an indicator for its tables (errors) and its columns (warnings), in registry order", () => {
    const readers = indicatorReaders([
      definition("b", { episodes: ["CHILD", "DECOM"] }),
      definition("a", { episodes: ["DECOM"], visits: ["VISIT_DATE"] }),
    ]);
    expect(readers.byTable.episodes).toEqual(["b", "a"]);
    expect(readers.byTable.visits).toEqual(["a"]);
    expect(readers.byTable.reviews).toEqual([]);
    expect(readers.byColumn.episodes).toEqual({ CHILD: ["b"], DECOM: ["b", "a"] });
  });

  it("names a breakdown's reader for a warning on its columns, not for an error in the table", () => {
    const readers = indicatorReaders([definition("counted", { episodes: ["DECOM"] }, { header: ["SEX"], episodes: ["DECOM", "PLACE"] })]);
    expect(readers.byTable.header).toEqual([]);
    expect(readers.byColumn.header).toEqual({ SEX: ["counted"] });
    expect(readers.byColumn.episodes).toEqual({ DECOM: ["counted"], PLACE: ["counted"] });
  });

  it("names no table for a local indicator that declares nothing", () => {
    const readers = indicatorReaders([definition("local")]);
    expect(Object.values(readers.byTable).flat()).toEqual([]);
  });

  it("has every built-in indicator declare what it reads", () => {
    expect(BUILT_IN_INDICATORS.filter((d) => d.reads === undefined).map((d) => d.id)).toEqual([]);
  });

  it("refuses a misspelt column at compile time", () => {
    // @ts-expect-error DECOMM is no column of episodes.csv
    const misspelt: IndicatorReads = { episodes: ["DECOMM"] };
    expect(misspelt.episodes).toEqual(["DECOMM"]);
  });
});
