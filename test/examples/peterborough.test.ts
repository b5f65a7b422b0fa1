import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExampleFiles } from "../../examples/peterborough-2019-01/generator/build.js";
import { parseConfigText } from "../../src/config/config.js";
import type { PeriodKind } from "../../src/dates/periods.js";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";
import type { Cohort } from "../../src/model/cohort.js";
import type { DataQuality } from "../../src/model/issue.js";
import { loadFolder903 } from "../../src/node.js";
import { computeScorecard } from "../../src/scorecard/computeScorecard.js";
import type { IndicatorResult } from "../../src/scorecard/types.js";

/**
 * The bundled example examples/peterborough-2019-01 against every figure of Peterborough's
 * January 2019 report (test/fixtures/reference/peterborough-2019-01.json, a copy of
 * shared/reference). Expected values are read from the reference, never from the library.
 * Where the paper contradicts its own arithmetic, the arithmetic is expected and the test
 * title names the inconsistency (numbers as in the reference README).
 */

interface ReferenceBenchmark {
  name: string;
  year: string;
  value: number;
  variancePrinted: string;
  variancePrintedValue: number | null;
  varianceComputed: number;
  varianceUnit: string;
}

interface ReferenceIndicator {
  id: string;
  unit: string;
  polarity: string;
  period: "as-at" | "year" | "fytd" | "month" | "quarter";
  value: number;
  valueComputed: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  varianceTargetPrintedValue: number | null;
  varianceTargetComputed: number | null;
  varianceTargetUnit: string | null;
  varianceTargetAgrees: boolean | null;
  ragPrinted: string | null;
  previous: number | null;
  previousLabel: string | null;
  benchmarks: ReferenceBenchmark[];
  implied?: Record<string, unknown>;
  textFigures?: { averageDays: number };
  alsoPrinted?: { period: string; value: number }[];
}

interface ReferenceRow {
  label: string;
  values: number[];
}

interface Reference {
  asAt: string;
  population: { implied: number };
  indicators: ReferenceIndicator[];
  breakdowns: { months: string[]; total: { values: number[] }; tables: Record<string, ReferenceRow[]> };
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const EXAMPLE = here("../../examples/peterborough-2019-01");
const reference = JSON.parse(readFileSync(here("../fixtures/reference/peterborough-2019-01.json"), "utf8")) as Reference;
const configText = readFileSync(join(EXAMPLE, "config.json"), "utf8");
const registryIds = new Set(BUILT_IN_INDICATORS.map((d) => d.id));

/** The report's period → the `--period` that reproduces it (snapshots ignore it). */
const PERIOD: Record<ReferenceIndicator["period"], PeriodKind> = { "as-at": "year", year: "year", fytd: "fytd", month: "month", quarter: "quarter" };

/** Inconsistencies of the paper (reference README) that decide an expectation, by id. */
const RATE_IDS = new Set(["cla-rate", "starts-rate", "ends-rate"]);
const WHOLE_PERCENT_IDS = new Set(["adoption-a1-within-threshold", "adoption-a2-within-threshold"]);

let cohort: Cohort;
let dataQuality: DataQuality;
const results = new Map<PeriodKind, Map<string, IndicatorResult>>();

function resultOf(indicator: ReferenceIndicator): IndicatorResult {
  const result = results.get(PERIOD[indicator.period])?.get(indicator.id);
  if (!result) throw new Error(`no result for ${indicator.id}`);
  return result;
}

function decimalsOf(printed: string): number {
  const match = /\.(\d+)/.exec(printed);
  return match ? match[1]!.length : 0;
}

function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

beforeAll(async () => {
  ({ cohort, dataQuality } = await loadFolder903(EXAMPLE));
  const config = parseConfigText(configText);
  for (const period of ["year", "fytd", "month"] as const) {
    const scorecard = computeScorecard(cohort, { asAt: reference.asAt, period, config, breakdowns: true });
    results.set(period, new Map(scorecard.indicators.map((r) => [r.id, r])));
  }
});

describe("the example folder", () => {
  it("is what generate.ts writes, byte for byte", () => {
    const { files } = buildExampleFiles();
    expect(Object.keys(files).length).toBe(39);
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(EXAMPLE, path), "utf8"), path).toBe(text);
  });

  it("reads without errors; only the README, config and generator files are reported, as unknown files", () => {
    expect(dataQuality.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(dataQuality.issues.map((i) => `${i.code} ${i.file}`).sort()).toEqual(["unknown-file README.md", "unknown-file config.json", "unknown-file generate.ts", "unknown-file generator"]);
    for (const f of dataQuality.files) expect(f.rowsRejected, f.file).toBe(0);
  });

  it("has the config of interface.md §7, valid under the strict schema, with the reference's population", () => {
    const config = parseConfigText(configText);
    expect(config.population).toBe(reference.population.implied);
    expect(config.options.a1ThresholdDays).toBe(363);
    expect(config.options.a2ThresholdDays).toBe(120);
    for (const indicator of reference.indicators) {
      const settings = config.indicators[indicator.id];
      expect(settings?.target ?? null, indicator.id).toBe(indicator.target);
      expect(settings?.benchmarks ?? [], indicator.id).toEqual(indicator.benchmarks.map(({ name, year, value }) => ({ name, year, value })));
    }
  });

  it("holds synthetic children only", () => {
    expect(cohort.children.every((c) => /^PB\d{5}$/.test(c.childId))).toBe(true);
  });

  it("implements every indicator of the January 2019 report in the registry", () => {
    expect(reference.indicators.map((i) => i.id).filter((id) => !registryIds.has(id))).toEqual([]);
  });
});

describe("January 2019 figures (Peterborough, reproduced)", () => {
  for (const indicator of reference.indicators.filter((i) => registryIds.has(i.id))) {
    const wholePercent = WHOLE_PERCENT_IDS.has(indicator.id);
    describe(indicator.id, () => {
      it(`${wholePercent ? "value at one decimal place (item 23: printed as a whole percentage)" : "value"}, numerator and denominator`, () => {
        const result = resultOf(indicator);
        expect(result.value).toBe(indicator.valueComputed ?? indicator.value);
        if (wholePercent) expect(Math.round(result.value!)).toBe(indicator.value);
        if (indicator.numerator !== null) expect(result.numerator).toBe(indicator.numerator);
        if (indicator.denominator !== null) expect(result.denominator).toBe(indicator.denominator);
        if (indicator.unit === "rate-per-10k") expect(result.denominator).toBe(reference.population.implied);
        if (indicator.unit === "count") expect(result.numerator).toBe(indicator.value);
      });

      it("polarity and target", () => {
        const result = resultOf(indicator);
        expect(result.polarity).toBe(indicator.polarity);
        expect(result.target).toBe(indicator.target);
      });

      if (indicator.target !== null) {
        const item1 = indicator.varianceTargetAgrees === false;
        it(item1 ? "variance to target is the arithmetic (item 1: printed +0.3%, 5.8 − 6 = −0.2 points)" : "variance to target", () => {
          const result = resultOf(indicator);
          expect(result.varianceTarget).toBe(item1 ? indicator.varianceTargetComputed : indicator.varianceTargetPrintedValue);
          expect(result.varianceTargetUnit).toBe(indicator.varianceTargetUnit);
        });

        it("RAG: as printed where the paper gives one, else value against target (tolerance 0)", () => {
          const result = resultOf(indicator);
          const good = indicator.polarity === "higher-is-better" ? result.value! >= indicator.target! : result.value! <= indicator.target!;
          expect(result.rag).toBe(indicator.ragPrinted ?? (good ? "green" : "red"));
        });
      }

      if (indicator.benchmarks.length > 0) {
        const item24 = RATE_IDS.has(indicator.id) && indicator.id !== "cla-rate";
        it(item24 ? "benchmark variances at one decimal place (item 24: printed as whole numbers)" : "benchmark variances", () => {
          const result = resultOf(indicator);
          expect(result.benchmarks.map((b) => [b.name, b.year, b.value])).toEqual(indicator.benchmarks.map((b) => [b.name, b.year, b.value]));
          indicator.benchmarks.forEach((b, i) => {
            const got = result.benchmarks[i]!;
            expect(got.variance, b.name).toBe(b.varianceComputed);
            expect(got.varianceUnit, b.name).toBe(b.varianceUnit);
            if (b.variancePrintedValue !== null) expect(roundHalfAwayFromZero(got.variance!, decimalsOf(b.variancePrinted)), b.name).toBe(b.variancePrintedValue);
          });
        });
      }

      const previous = indicator.previousLabel === "Previous month" || indicator.id === "cla-count" ? indicator.previous : null;
      if (previous !== null) {
        it(`previous month (${indicator.previousLabel})`, () => {
          expect(resultOf(indicator).previous).toBe(previous);
        });
      }

      if (indicator.textFigures) {
        it("total days: rounded mean as on the panel, truncated mean as in the sentence (items 2–3)", () => {
          const result = resultOf(indicator);
          const mean = result.numerator! / result.denominator!;
          expect(Math.floor(mean)).toBe(indicator.textFigures!.averageDays);
          expect(Math.floor(mean + 0.5)).toBe(indicator.value);
        });
      }
    });
  }

  it("rates imply the counts the reference derives (starts 182, ends 161)", () => {
    for (const indicator of reference.indicators.filter((i) => i.implied && registryIds.has(i.id))) {
      const count = indicator.implied!["startsCount"] ?? indicator.implied!["endsCount"];
      if (typeof count === "number") expect(resultOf(indicator).numerator, indicator.id).toBe(count);
    }
  });

  it("missing-children previous month is the 9 the commentary implies", () => {
    const missing = reference.indicators.find((i) => i.id === "missing-children")!;
    expect(resultOf(missing).previous).toBe(missing.implied!["previous"]);
  });

  it("the month's reviews are all on time (printed 100.0% for January)", () => {
    const reviews = reference.indicators.find((i) => i.id === "reviews-on-time")!;
    const month = reviews.alsoPrinted!.find((a) => a.period === "month")!;
    expect(results.get("month")!.get("reviews-on-time")!.value).toBe(month.value);
  });

  it("8 of 18 and 7 of 18 are within the timescale under the national thresholds too (426/121 days)", () => {
    const config = JSON.parse(configText) as { options: Record<string, unknown> };
    const scorecard = computeScorecard(cohort, { asAt: reference.asAt, period: "year", config: { ...config, options: {} } });
    const byId = new Map(scorecard.indicators.map((r) => [r.id, r]));
    expect([byId.get("adoption-a1-within-threshold")!.numerator, byId.get("adoption-a1-within-threshold")!.denominator]).toEqual([8, 18]);
    expect([byId.get("adoption-a2-within-threshold")!.numerator, byId.get("adoption-a2-within-threshold")!.denominator]).toEqual([7, 18]);
  });
});

/** Profile-table rows → breakdown keys (indicators.md §4). */
const KEYS: Record<string, [string, Record<string, string>]> = {
  "age-band": ["age-band", { "Under 1": "under-1", "1 to 4": "1-4", "5 to 9": "5-9", "10 to 15": "10-15", "16-17": "16-plus" }],
  gender: ["gender", { Male: "male", Female: "female", Indeterminate: "other-or-unknown" }],
  ethnicity: ["ethnicity", { White: "white", Mixed: "mixed", Asian: "asian", Black: "black", Other: "other", "Not stated / not yet obtained": "not-stated" }],
  "legal-status": ["legal-status", {
    "Interim care orders": "interim-care-order", "Full care orders": "care-order", "Voluntary agreements": "voluntary",
    "Freed adoption / placement order": "placement-order", Others: "other",
  }],
  placement: ["placement", {
    "Foster carers - In House": "foster-in-house", "Foster carers - Agency": "foster-agency", "Foster carers - Unknown": "foster-other",
    "Fostering by relatives or friends": "foster-relative-friend", "With parents": "with-parents", "Independent living": "independent-living",
    "Residential care homes": "residential-home", "Other residential schools": "residential-school", "Placed for adoption": "placed-for-adoption",
    "Secure unit": "secure", Other: "other",
  }],
  "length-in-care": ["length-in-care", {
    "0 - 6 months": "0-6-months", "7 - 12 months": "7-12-months", "1 - 2 years": "1-2-years", "3 - 5 years": "3-5-years",
    "6 - 10 years": "6-10-years", "11 -15 years": "11-15-years", "16+ years": "16-plus-years",
  }],
};
const ETHNICITY_CODES: Record<string, string> = {
  "White British": "WBRI", "White Irish": "WIRI", "White Other": "WOTH", "Mixed White & Black Caribbean": "MWBC", "Mixed White & Black African": "MWBA",
  "Mixed White & Asian": "MWAS", "Any other mixed background": "MOTH", Indian: "AIND", Pakistani: "APKN", Bangladeshi: "ABAN",
  "Any other Asian background": "AOTH", Caribbean: "BCRB", African: "BAFR", "Any other Black background": "BOTH", Chinese: "CHNE", "Any other ethnic group": "OOTH",
};

/**
 * Rows the example raises so that each table adds up to 380 (README items 21 and 22): the
 * Jan-19 ethnicity column adds to 379 (one more "not stated", a REFU child), the legal-status
 * column to 370 (ten more full care orders).
 */
const ADJUSTED: Record<string, Record<string, number>> = {
  ethnicity: { "Not stated / not yet obtained": 1 },
  "legal-status": { "Full care orders": 10 },
};

describe("January 2019 profile tables (cla-count breakdowns)", () => {
  const column = reference.breakdowns.months.indexOf("2019-01");

  it("the total is the Jan-19 column", () => {
    expect(results.get("year")!.get("cla-count")!.numerator).toBe(reference.breakdowns.total.values[column]);
  });

  for (const [table, [breakdown, keys]] of Object.entries(KEYS)) {
    const adjusted = ADJUSTED[table];
    it(`${table}: the Jan-19 column${adjusted ? ` (item ${table === "ethnicity" ? 21 : 22}: ${Object.entries(adjusted).map(([r, n]) => `${r} +${n}`).join(", ")} so that it adds up to 380)` : ""}`, () => {
      const counts = results.get("year")!.get("cla-count")!.breakdowns![breakdown]!;
      for (const row of reference.breakdowns.tables[table]!) {
        const key = keys[row.label];
        if (key === undefined) continue;
        expect(counts[key] ?? 0, row.label).toBe(row.values[column]! + (adjusted?.[row.label] ?? 0));
      }
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(reference.breakdowns.total.values[column]);
    });
  }

  it("ethnicity by code: the Jan-19 rows", () => {
    const counts = results.get("year")!.get("cla-count")!.breakdowns!["ethnicity-code"]!;
    for (const row of reference.breakdowns.tables["ethnicity"]!) {
      const code = ETHNICITY_CODES[row.label];
      if (code !== undefined) expect(counts[code] ?? 0, row.label).toBe(row.values[column]);
    }
  });
});
