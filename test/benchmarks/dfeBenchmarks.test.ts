import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dfeDataModule, TARGET } from "../../docs/tools/build-benchmarks.js";
import { dfeBenchmarkRows, findLocalAuthority, neighbourAverage, withDfeBenchmarks } from "../../src/benchmarks/dfe.js";
import { DFE_DATA } from "../../src/benchmarks/dfeData.js";
import type { DfeData } from "../../src/benchmarks/types.js";
import { dayFromIso } from "../../src/dates/day.js";
import { loadFolder903 } from "../../src/node.js";
import { computeScorecard } from "../../src/scorecard/computeScorecard.js";

/**
 * Issue 17: the DfE's published figures joined by LA code. The January 2019 Peterborough paper
 * typed its benchmarks by hand; joined from the data, each printed figure is matched or its
 * difference is named with the reason.
 */
const R = "2019-01-31";
const config = withDfeBenchmarks({ benchmarks: { la: "874" } }, DFE_DATA, R);
const rows = (id: string) => Object.fromEntries((config.indicators[id]?.benchmarks ?? []).map((b) => [b.name, [b.year, b.value]]));

describe("the data module", () => {
  it("is what the build script makes from the reference files (npm run benchmarks:data)", () => {
    expect(readFileSync(TARGET, "utf8")).toBe(dfeDataModule());
  });
  it("stays out of the pure entry: the built cic-scorecard bundle holds no figure of it", () => {
    expect(readFileSync("dist/index.js", "utf8")).not.toContain(DFE_DATA.version);
    expect(readFileSync("dist/benchmarks.js", "utf8")).toContain(DFE_DATA.version);
    expect(readFileSync("dist/benchmarks.js", "utf8")).toContain("Open Government Licence v3.0");
  });
  it("finds an LA by old code, ONS code or name", () => {
    for (const la of ["874", "E06000031", "peterborough"]) expect(findLocalAuthority(DFE_DATA, la)?.name).toBe("Peterborough");
    expect(() => withDfeBenchmarks({ benchmarks: { la: "Atlantis" } }, DFE_DATA, R)).toThrow(/not an English local authority/);
  });
});

describe("Peterborough, January 2019, from { benchmarks: { la: '874' } }", () => {
  it("health checks 2017-18: LA 94, region 82, England 88 as printed; neighbours 82.8 (printed 83, a whole-number mean)", () => {
    expect(rows("health-check-annual")).toEqual({
      "Peterborough last year": ["2017-18", 94], "Statistical neighbours": ["2017-18", 82.8], "East of England": ["2017-18", 82], England: ["2017-18", 88],
    });
  });
  it("dental checks 2017-18: every row as printed (96, 84, 77, 84)", () => {
    expect(rows("dental-check")).toEqual({
      "Peterborough last year": ["2017-18", 96], "Statistical neighbours": ["2017-18", 84], "East of England": ["2017-18", 77], England: ["2017-18", 84],
    });
  });
  it("3+ placements 2017-18: LA 6 and England 11, not the printed 5 and 10 (first-published values the DfE later revised)", () => {
    expect(rows("placements-3plus")["Peterborough last year"]).toEqual(["2017-18", 6]);
    expect(rows("placements-3plus").England).toEqual(["2017-18", 11]);
    expect(rows("placements-3plus")["East of England"]).toEqual(["2017-18", 10]);
  });
  it("stability and NEET: 2017-18, where the paper printed 2016-17 (the latest year published by January 2019 is 2017-18)", () => {
    expect(rows("long-term-stability").England?.[0]).toBe("2017-18");
    expect(rows("care-leavers-neet")["Peterborough last year"]).toEqual(["2017-18", 45]);
  });
  it("neighbours from the 2021 grouping by default, a different average with the 2025 grouping (the paper's 2019 group is neither)", () => {
    const later = withDfeBenchmarks({ benchmarks: { la: "874", neighbours: "2025" } }, DFE_DATA, R);
    expect(later.indicators["health-check-annual"]!.benchmarks.find((b) => b.name === "Statistical neighbours")?.value).not.toBe(82.8);
  });
  it("has no row, never a zero, for what the DfE does not publish (reviews, visits, IHA, PEP, missing, pathway plans, A1/A2/A10)", () => {
    for (const id of ["reviews-on-time", "visits-on-time", "iha-on-time", "pep-current", "missing-children", "pathway-plans-current", "adoption-a1-days"]) {
      expect(config.indicators[id]).toBeUndefined();
    }
    // Rates for 2016–2018 are not in the data: absent, not zero.
    expect(config.indicators["cla-rate"]).toBeUndefined();
  });
  it("lets benchmarks given by hand win by name", () => {
    const mixed = withDfeBenchmarks({ benchmarks: { la: "874" }, indicators: { "dental-check": { benchmarks: [{ name: "England", year: "2017-18", value: 80 }] } } }, DFE_DATA, R);
    const england = mixed.indicators["dental-check"]!.benchmarks.filter((b) => b.name === "England");
    expect(england).toEqual([{ name: "England", year: "2017-18", value: 80 }]);
  });
  it("gives variances in the scorecard like typed benchmarks (interface.md §5)", async () => {
    const { cohort } = await loadFolder903("examples/peterborough-2019-01");
    const card = computeScorecard(cohort, { asAt: R, config });
    const dental = card.indicators.find((i) => i.id === "dental-check")!;
    expect(dental.benchmarks.find((b) => b.name === "England")).toEqual({ name: "England", year: "2017-18", value: 84, variance: -1.4, varianceUnit: "points" });
  });
  it("publishes nothing before the first release is out (as at 30 June 2016)", () => {
    const early = withDfeBenchmarks({ benchmarks: { la: "874" } }, DFE_DATA, "2016-06-30");
    expect(Object.values(early.indicators).flatMap((s) => s.benchmarks)).toEqual([]);
  });
});

describe("laws of the neighbour average", () => {
  it("lies between the neighbours' minimum and maximum", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 10 }), fc.constantFrom("mean" as const, "median" as const), (values, how) => {
        const average = neighbourAverage(values, how, "percent")!;
        return average >= Math.min(...values) && average <= Math.max(...values);
      }),
    );
  });
  it("never lets a suppressed value into the average", () => {
    const la = findLocalAuthority(DFE_DATA, "874")!;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom("c", "x", "z")), { minLength: 10, maxLength: 10 }), (cells) => {
        const year: Record<string, number | string> = { E92000001: 50 };
        la.neighbours["2021"].forEach((code, i) => (year[code] = cells[i]!));
        const data: DfeData = { ...DFE_DATA, figures: { "dental-check|": { "2018": year } } };
        const numbers = cells.filter((c): c is number => typeof c === "number");
        const row = dfeBenchmarkRows(data, la, { la: "874", neighbours: "2021", neighbourAverage: "mean" }, { id: "dental-check", unit: "percent" }, dayFromIso(R), "19-21")
          .find((b) => b.name === "Statistical neighbours");
        if (numbers.length === 0) return row === undefined;
        return row?.value === neighbourAverage(numbers, "mean", "percent") && (numbers.length === 10) === !row.year.includes("of 10");
      }),
    );
  });
});

describe("BENCHMARK in the spreadsheet functions", () => {
  it("gives the LA's, the neighbours', the region's and England's published figures", async () => {
    const { benchmark } = await import("../../src/sheets/functions.js");
    expect(benchmark("dental-check", "874", "la", "2017-18")).toBe(96);
    expect(benchmark("dental-check", "Peterborough", "neighbours", "2017-18")).toBe(84);
    expect(benchmark("dental-check", "E06000031", "region", 2018)).toBe(77);
    expect(benchmark("dental-check", "874", "england", "2017-18")).toBe(84);
    expect(typeof benchmark("cla-count", "874", "la")).toBe("number"); // the latest year
  });
  it("answers an error, never a 0, where nothing is published", async () => {
    const { benchmark } = await import("../../src/sheets/functions.js");
    const { SheetError } = await import("../../src/sheets/errors.js");
    expect(() => benchmark("reviews-on-time", "874", "la")).toThrow(SheetError);
    expect(() => benchmark("cla-rate", "874", "la", "2016-17")).toThrow(SheetError);
    expect(() => benchmark("dental-check", "Atlantis", "la")).toThrow(SheetError);
  });
});
