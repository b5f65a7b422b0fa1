import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate903, type GenerateOptions } from "../../benchmarks/generator/generate903.js";
import { writeFileMap } from "../../benchmarks/generator/writeFileMap.js";

/**
 * The golden matrix: CLI runs whose output must stay byte for byte the same through any
 * rewrite of the core. Folders: the bundled example, and generated returns (seeded, so the
 * same every run) of older and newer collection years, flat and in year subfolders. Each
 * case is a CLI argv with `{DATA}`, `{CONFIG}` placeholders resolved against the folder the
 * matrix is written into.
 */
export interface GoldenCase {
  name: string;
  folder: keyof typeof FOLDERS;
  argv: string[];
}

const FOLDERS = {
  example: null,
  older: { children: 600, years: ["2016-17", "2017-18", "2018-19"], seed: 7 },
  newer: { children: 400, years: ["2021-22", "2022-23", "2023-24", "2024-25"], seed: 11 },
  flat: { children: 250, years: ["2019-20"], seed: 3 },
  messy: { children: 300, years: ["2018-19", "2019-20"], seed: 5 },
} satisfies Record<string, Omit<GenerateOptions, "la"> | null>;

/** Every switch that official sources disagree on, set away from its default. */
const OTHER_OPTIONS = {
  population: 41234,
  council: "Golden",
  options: {
    placementCounting: "episode", collapseUnchangedMoves: true, shortBreakPlacements: "count", excludeUasc: true,
    staleOpenEpisodes: "keep", unknownPeriodStart: "exclude", reviewsForm: "child", reviewsWindowBy: "held",
    visitIntervalDays: 30, visitPermanence: "none", ihaMinDaysInCare: 20, healthSource: "oc2", pepMaxAgeMonths: null,
    pepYearGroups: "reception-to-13", missingKinds: "M+A", missingScope: "all", adoptionWindow: "3-years",
    a1ThresholdDays: 400, a2ThresholdDays: 100, careLeaverAges: "17-21", pathwayPlanMaxAgeMonths: 12,
    rateBenchmarkVariance: "relative", trendCompareWith: "previous-year",
  },
  indicators: { "cla-rate": { target: 60, benchmarks: [{ name: "England", year: "2023-24", value: 70 }] } },
};

const EXAMPLE = "examples/peterborough-2019-01";
const report = (data: string, asAt: string, ...rest: string[]) => ["report", "--data", data, "--as-at", asAt, ...rest];

export const GOLDEN_CASES: GoldenCase[] = [
  { name: "example-year", folder: "example", argv: report(EXAMPLE, "2019-01-31", "--config", `${EXAMPLE}/config.json`, "--format", "json") },
  { name: "example-fytd-drill", folder: "example", argv: report(EXAMPLE, "2019-01-31", "--period", "fytd", "--config", `${EXAMPLE}/config.json`, "--format", "json", "--drill-down", "all") },
  { name: "example-quarter-csv", folder: "example", argv: report(EXAMPLE, "2018-12-31", "--period", "quarter", "--population", "50000", "--format", "csv") },
  { name: "example-month", folder: "example", argv: report(EXAMPLE, "2018-11-30", "--period", "month", "--format", "json") },
  { name: "example-validate", folder: "example", argv: ["validate", "--data", EXAMPLE, "--rules", "none", "--format", "json"] },
  { name: "older-year-drill", folder: "older", argv: report("{DATA}", "2019-03-31", "--population", "30000", "--format", "json", "--drill-down", "all") },
  { name: "older-midyear", folder: "older", argv: report("{DATA}", "2018-09-30", "--format", "json") },
  { name: "older-quarter-csv", folder: "older", argv: report("{DATA}", "2017-12-31", "--period", "quarter", "--format", "csv", "--drill-down", "all") },
  { name: "newer-year", folder: "newer", argv: report("{DATA}", "2025-03-31", "--population", "52000", "--format", "json") },
  { name: "newer-options-drill", folder: "newer", argv: report("{DATA}", "2024-12-31", "--config", "{CONFIG}", "--format", "json", "--drill-down", "all") },
  { name: "newer-fytd", folder: "newer", argv: report("{DATA}", "2024-10-31", "--period", "fytd", "--config", "{CONFIG}", "--format", "json") },
  { name: "newer-validate", folder: "newer", argv: ["validate", "--data", "{DATA}", "--rules", "none", "--format", "json"] },
  { name: "messy-year-drill", folder: "messy", argv: report("{DATA}", "2020-03-31", "--format", "json", "--drill-down", "all") },
  { name: "messy-validate", folder: "messy", argv: ["validate", "--data", "{DATA}", "--rules", "none", "--format", "json"] },
  { name: "flat-year", folder: "flat", argv: report("{DATA}", "2020-03-31", "--format", "json", "--drill-down", "all") },
];

/** Writes the generated folders and the options config under `root`; returns the argv resolver. */
export function writeGoldenInputs(root: string): (golden: GoldenCase) => string[] {
  for (const [name, options] of Object.entries(FOLDERS)) {
    if (options === null) continue;
    const files = generate903(options);
    // The flat folder: one year's tables straight in the folder.
    const flattened = name === "flat" ? Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^[^/]+\//, ""), text])) : files;
    writeFileMap(name === "messy" ? messUp(flattened) : flattened, join(root, name));
  }
  mkdirSync(root, { recursive: true });
  const config = join(root, "other-options.json");
  writeFileSync(config, JSON.stringify(OTHER_OPTIONS, null, 2));
  return (golden) => golden.argv.map((arg) => arg.replace("{DATA}", join(root, golden.folder)).replace("{CONFIG}", config));
}

/**
 * What council folders hold: a byte-order mark, Windows line ends, an impossible date, a code
 * in lower case, an unknown code, a row repeated, a short row, a blank line. Deterministic:
 * every n-th data row of a table.
 */
function messUp(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const [head, ...rows] = text.split("\n");
    const edited = rows.map((row, i) => {
      if (row === "") return row;
      if (path.endsWith("episodes.csv") && i % 37 === 5) return row.replace(/\d\d\/\d\d\/(\d{4})/, "31/02/$1");
      if (path.endsWith("episodes.csv") && i % 41 === 7) return row.replace(/,([A-Z]\d),/, (_m, code: string) => `,${code.toLowerCase()},`);
      if (path.endsWith("header.csv") && i % 53 === 2) return row.replace(/^([^,]*),\d,/, "$1,7,");
      if (path.endsWith("reviews.csv") && i % 29 === 3) return `${row}\n${row}`;
      if (path.endsWith("missing.csv") && i % 11 === 1) return row.split(",").slice(0, 3).join(",");
      return row;
    });
    let body = [head, ...edited].join("\n");
    if (path.endsWith("header.csv")) body = `\uFEFF${body}`;
    if (path.endsWith("reviews.csv")) body = body.replaceAll("\n", "\r\n");
    if (path.endsWith("episodes.csv")) body = body.replace("\n", "\n\n");
    out[path] = body;
  }
  return out;
}
