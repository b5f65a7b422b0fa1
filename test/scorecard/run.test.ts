import { describe, expect, it } from "vitest";
import { dayFromIso, isoFromDay } from "../../src/dates/day.js";
import { previousAsAt } from "../../src/dates/periods.js";
import { derivedValue } from "../../src/history/historyIndex.js";
import { DEFAULT_OPTIONS } from "../../src/model/options.js";
import { computeScorecard } from "../../src/scorecard/computeScorecard.js";
import { createRun } from "../../src/scorecard/run.js";
import { FAKES, child, cohort } from "./fakes.js";

const children = cohort([
  ...["c01", "c02", "c03"].map((id) => child(id, ["2018-06-01"], "2018-01-01")),
  child("c04", ["2018-11-15"], "2018-05-01"),
  child("c05", ["2019-01-15"]),
  child("c06"),
]);

describe("a scorecard run, date by date", () => {
  it("lets go of what a date shared when told (forget), keeping its figures and the history's lasting values", () => {
    const run = createRun(children, { indicators: FAKES });
    const day = dayFromIso("2018-12-31");
    const before = run.context(day);
    const figure = run.figure(FAKES[0]!, day);
    const SHARED = derivedValue<number, [number]>("a value shared at one date");
    const LASTING = derivedValue<number, []>("a value of the history alone");
    let sharedMade = 0;
    let lastingMade = 0;
    before.history.shared(SHARED, [day], () => ++sharedMade);
    before.history.lasting(LASTING, [], () => ++lastingMade);
    expect(run.context(day)).toBe(before);

    run.forget(day);
    const after = run.context(day);
    expect(after).not.toBe(before);
    after.history.shared(SHARED, [day], () => ++sharedMade);
    after.history.lasting(LASTING, [], () => ++lastingMade);
    expect([sharedMade, lastingMade]).toEqual([2, 1]);
    expect(run.figure(FAKES[0]!, day)).toBe(figure);
  });

  it("gives each series point and previous value what a scorecard at that date alone gives", () => {
    const R = "2019-03-31";
    const card = computeScorecard(children, { asAt: R, indicators: FAKES, series: true });
    for (const indicator of card.indicators) {
      expect(indicator.series).toHaveLength(12);
      for (const point of indicator.series!) {
        const alone = computeScorecard(children, { asAt: point.asAt, indicators: FAKES }).indicators.find((i) => i.id === indicator.id)!;
        expect(point.value, `${indicator.id} at ${point.asAt}`).toBe(dayFromIso(point.asAt) < dayFromIso("2018-04-01") ? null : alone.value);
      }
      const previousDay = isoFromDay(previousAsAt(dayFromIso(R), "year", DEFAULT_OPTIONS.trendCompareWith));
      const previous = computeScorecard(children, { asAt: previousDay, indicators: FAKES }).indicators.find((i) => i.id === indicator.id)!;
      expect(indicator.previous, indicator.id).toBe(previous.value);
    }
  });
});
