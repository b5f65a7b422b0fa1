import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";
import { SheetError } from "../../src/sheets/errors.js";
import {
  asSheetError, indicator, isOmitted, percent, rag, rate, scorecard, sheetNote, trend, variance, workdays,
} from "../../src/sheets/functions.js";
import { HOSTS, dateOf, episodesRange, headerRange } from "./fixtures.js";

function failure(run: () => unknown): { kind: string; message: string } {
  try {
    run();
  } catch (error) {
    const e = asSheetError(error);
    return { kind: e.kind, message: e.message };
  }
  throw new Error("expected a failure");
}

describe("rate", () => {
  it("gives a count per 10,000 to 1 dp", () => {
    expect(rate(380, 50000)).toBe(76);
    expect(rate(22, 38000)).toBe(5.8); // 5.789…
  });

  it("is #DIV/0! over a population of 0 and #N/A for a blank count", () => {
    expect(failure(() => rate(3, 0)).kind).toBe("division-by-zero");
    expect(failure(() => rate("", 1000))).toEqual({ kind: "not-available", message: "count is blank" });
  });
});

describe("percent", () => {
  it("rounds half up to 1 dp", () => {
    expect(percent(22, 380)).toBe(5.8);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 16)).toBe(6.3); // 6.25 → 6.3, not banker's 6.2
  });

  it("is #DIV/0! over 0 and never treats a blank as 0", () => {
    expect(failure(() => percent(0, 0)).kind).toBe("division-by-zero");
    for (const blank of [null, "", undefined]) expect(failure(() => percent(blank, 10)).kind).toBe("not-available");
  });
});

describe("rag", () => {
  it("is Green on target, Amber within the tolerance and Red beyond it", () => {
    expect(rag(5.7, 5.7, "lower", 0.1)).toBe("Green");
    expect(rag(5.8, 5.7, "lower", 0.1)).toBe("Amber");
    expect(rag(5.9, 5.7, "lower", 0.1)).toBe("Red");
    expect(rag(64.7, 69.1, "higher")).toBe("Red");
    expect(rag(70, 69.1, "Higher")).toBe("Green");
  });

  it("without a tolerance, anything worse than target is Red", () => {
    expect(rag(5.8, 5.7, "lower")).toBe("Red");
    expect(rag(5.8, 5.7, "lower", null)).toBe("Red");
  });

  it("is blank with no target", () => {
    expect(rag(5.8, "", "lower")).toBe("");
    expect(rag(5.8, null, "higher")).toBe("");
  });

  it("refuses an unknown polarity and a negative tolerance", () => {
    expect(failure(() => rag(1, 2, "up"))).toEqual({ kind: "invalid-value", message: 'polarity must be "higher" or "lower", got "up"' });
    expect(failure(() => rag(1, 2, "higher", -1)).kind).toBe("invalid-value");
  });

  it("never gets worse as the value improves", () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 }), (a, b, t, tol) => {
        const rank = { Red: 0, Amber: 1, Green: 2 } as Record<string, number>;
        const [low, high] = [Math.min(a, b) / 10, Math.max(a, b) / 10];
        return rank[rag(low, t / 10, "higher", tol / 10)]! <= rank[rag(high, t / 10, "higher", tol / 10)]!;
      }),
    ));
});

describe("variance", () => {
  it("follows the interface conventions", () => {
    expect(variance(76.0, 74, "rate-per-10k")).toBe(2.7); // relative, percent
    expect(variance(76.0, 64, "rate-per-10k", "benchmark")).toBe(12); // per 10,000
    expect(variance(64.7, 69.1, "percent")).toBe(-4.4); // points
    expect(variance(130, 121, "days")).toBe(9);
    expect(variance(10, 12, "COUNT", "Target")).toBe(-2);
  });

  it("is #DIV/0! for a relative variance against 0 and refuses an unknown unit", () => {
    expect(failure(() => variance(5, 0, "rate-per-10k")).kind).toBe("division-by-zero");
    expect(failure(() => variance(5, 1, "ratio")).kind).toBe("invalid-value");
  });
});

describe("trend", () => {
  it("compares with the previous value in the polarity's direction", () => {
    expect(trend(5.8, 6.2, "lower")).toBe("Improving");
    expect(trend(5.8, 6.2, "higher")).toBe("Worsening");
    expect(trend(5.8, 5.8, "higher")).toBe("Stable");
    expect(trend(12, 11, "higher", 2)).toBe("Stable");
  });

  it("is blank when either value is blank, and refuses a threshold of 0", () => {
    expect(trend("", 5, "higher")).toBe("");
    expect(failure(() => trend(5, 4, "higher", 0)).kind).toBe("invalid-value");
  });
});

describe("workdays", () => {
  it("counts 8 working days from Friday 8 April 2022 to Friday 22 April 2022 (Easter)", () => {
    expect(workdays("08/04/2022", "22/04/2022")).toBe(8);
    expect(workdays(44659, 44673)).toBe(8);
    expect(workdays(new Date(2022, 3, 8), new Date(2022, 3, 22))).toBe(8);
  });

  it("is #N/A for a blank date, including Excel desktop's 0", () => {
    expect(failure(() => workdays(0, 44673))).toEqual({ kind: "not-available", message: "start is blank" });
    expect(failure(() => workdays(44659, ""))).toEqual({ kind: "not-available", message: "end is blank" });
  });
});

describe("indicator", () => {
  for (const host of HOSTS) {
    it(`counts children in care, starts and ends from ${host} ranges`, () => {
      const asAt = dateOf(host, 2019, 1, 31);
      expect(indicator("cla-count", asAt, headerRange(host), episodesRange(host))).toBe(2);
      expect(indicator("starts-count", asAt, headerRange(host), episodesRange(host))).toBe(2);
      expect(indicator("ends-count", asAt, headerRange(host), episodesRange(host))).toBe(1);
      expect(indicator("cla-rate", asAt, headerRange(host), episodesRange(host), 10000)).toBe(2);
    });
  }

  it("accepts a 1×1 range as a scalar argument", () => {
    expect(indicator([["cla-count"]], [["2019-01-31"]], headerRange("google"), episodesRange("google"), [[""]])).toBe(2);
  });

  it("reports a rate without a population as not computable", () => {
    expect(failure(() => indicator("cla-rate", "2019-01-31", headerRange("google"), episodesRange("google")))).toEqual({
      kind: "not-available", message: "not computable: needs a population argument",
    });
  });

  it("reports an empty cohort as not computable, never as 0", () => {
    expect(failure(() => indicator("long-term-stability", "2019-01-31", headerRange("google"), episodesRange("google")))).toEqual({
      kind: "not-available", message: "not computable: no children in the cohort",
    });
  });

  it("names the range an indicator needs when its table is left out", () => {
    expect(failure(() => indicator("reviews-on-time", "2019-01-31", headerRange("google"), episodesRange("google")))).toEqual({
      kind: "not-available", message: "not computable: needs the reviews range",
    });
  });

  it("reads an optional table from its position after population", () => {
    const reviews = [["CHILD", "REVIEW"], ["1001", "01/07/2018"]];
    let outcome: string;
    try {
      outcome = String(indicator("reviews-on-time", "2019-01-31", headerRange("google"), episodesRange("google"), "", reviews));
    } catch (error) {
      outcome = asSheetError(error).message;
    }
    expect(outcome).not.toContain("needs the reviews range");
  });

  it("refuses an unknown indicator id", () => {
    expect(failure(() => indicator("nope", "2019-01-31", headerRange("google"), episodesRange("google")))).toEqual({
      kind: "invalid-value", message: 'unknown indicator id "nope"',
    });
  });

  it("refuses a table argument that is not a range", () => {
    expect(failure(() => indicator("cla-count", "2019-01-31", headerRange("google"), "episodes")).message).toBe(
      "the episodes argument must be a range with a header row",
    );
  });

  it("works for every registered indicator: a number or a not-computable error", () => {
    for (const definition of BUILT_IN_INDICATORS) {
      let outcome: string;
      try {
        const value = indicator(definition.id, "2019-01-31", headerRange("google"), episodesRange("google"), 10000);
        outcome = Number.isFinite(value) ? "value or not computable" : `bad value ${String(value)}`;
      } catch (error) {
        outcome = error instanceof SheetError && error.kind === "not-available" && error.message.startsWith("not computable: ") ? "value or not computable" : String(error);
      }
      expect([definition.id, outcome]).toEqual([definition.id, "value or not computable"]);
    }
  });
});

describe("scorecard", () => {
  const rowsById = (table: (string | number)[][]) => new Map(table.slice(1).map((row) => [row[0], row]));

  it("spills a header row and one row per registered indicator", () => {
    const table = scorecard("2019-01-31", headerRange("excel-web"), episodesRange("excel-web"), 10000);
    expect(table[0]).toEqual(["id", "title", "value", "numerator", "denominator", "note"]);
    expect(table.slice(1).map((row) => row[0])).toEqual(BUILT_IN_INDICATORS.map((d) => d.id));
    expect(rowsById(table).get("cla-count")).toEqual(["cla-count", "Children in care", 2, 2, "", ""]);
    expect(rowsById(table).get("cla-rate")!.slice(2)).toEqual([2, 2, 10000, ""]);
  });

  it("shows no value as blank text with its note, not as 0", () => {
    const row = rowsById(scorecard("2019-01-31", headerRange("google"), episodesRange("google")))!.get("long-term-stability")!;
    expect(row.slice(2)).toEqual(["", 0, 0, "no children in the cohort"]);
  });

  it("adds target and RAG columns from a targets range", () => {
    const targets = [["ID", "Target", "Tolerance", "Polarity"], ["cla-rate", 1.5, 0.2, "lower"], ["ends-count", "", "", ""]];
    const table = scorecard("2019-01-31", headerRange("google"), episodesRange("google"), 10000, targets);
    expect(table[0]).toEqual(["id", "title", "value", "numerator", "denominator", "target", "rag", "note"]);
    expect(rowsById(table).get("cla-rate")!.slice(2)).toEqual([2, 2, 10000, 1.5, "Red", ""]);
    expect(rowsById(table).get("ends-count")!.slice(5, 7)).toEqual(["", ""]);
  });

  it("refuses an unknown id in the targets range", () => {
    const targets = [["id", "target"], ["cla-cuont", 3]];
    expect(failure(() => scorecard("2019-01-31", headerRange("google"), episodesRange("google"), null, targets))).toEqual({
      kind: "invalid-value", message: 'targets row 2: unknown indicator id "cla-cuont"',
    });
  });
});

describe("isOmitted", () => {
  it("treats an omitted argument, a blank cell and Excel's [[0]] or [[null]] as no table", () => {
    for (const argument of [undefined, null, "", [[null]], [[0]], [[""]]]) expect(isOmitted(argument)).toBe(true);
    expect(isOmitted(0)).toBe(false);
    expect(isOmitted([["CHILD"]])).toBe(false);
  });
});

describe("sheetNote", () => {
  it("names ranges, not files", () => {
    expect(sheetNote("needs reviews.csv")).toBe("needs the reviews range");
    expect(sheetNote("needs episodes.csv and ad1.csv")).toBe("needs the episodes range and the ad1 range");
  });
});
