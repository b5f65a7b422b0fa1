/**
 * How long the DfE's validation rules take beside reading the same return, in the same run (a
 * noisy machine: read the ratios). For each size, a generated three-year folder; the latest
 * year is checked against the rules with the year before as last year.
 *
 *   npx tsx benchmarks/rules.bench.ts [--sizes 5000,80000] [--seed 1] [--runs 5]
 *
 * Each figure is the median of `--runs` runs.
 *
 * Prints: the rows of the year checked and last year, the median of three runs of
 * `validateReturn` (the rules, from the raw files) and of its two halves, `loadRuleTables` (the
 * two years' tables read raw, their declared columns typed) and `checkRules` (every rule after
 * that load: the issue's target), of `loadReturn903` (the reader, checks and stitching), and of
 * scanning every CSV once (the floor), with the ratios, and the rules run.
 * Every rule runs: the reference data (a postcode directory and Ofsted's lists) is generated
 * for the folder's own postcodes and URNs, one in ten of each left out.
 */
import { parseArgs } from "node:util";
import { scanCsv } from "../src/io/csv/scanCsv.js";
import { loadReturn903 } from "../src/io/ssda903/loadReturn903.js";
import type { OfstedProvider, PostcodeFacts, ReferenceData } from "../src/validation/defineRule.js";
import { postcodesInReturn } from "../src/validation/reference/postcodesInReturn.js";
import { readRuleTable } from "../src/validation/readRuleTable.js";
import { rulesetRules } from "../src/validation/registry.js";
import { checkRules, loadRuleTables, validateReturn } from "../src/validation/validateReturn.js";
import { generate903 } from "./generator/generate903.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "5000" }, seed: { type: "string", default: "1" }, runs: { type: "string", default: "5" } } });
const RUNS = Number(values.runs);
const YEARS = ["2021-22", "2022-23", "2023-24"];

function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** A deterministic 0…1 from text, so the reference data is the same every run. */
function unit(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let k = 0; k < text.length; k += 1) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return (h >>> 0) / 4294967296;
}

const COUNCILS = ["E06000031", "E10000003", "E06000061", "E09000001", "SCO"];

function referenceDataFor(files: Record<string, string>): ReferenceData {
  const postcodes = new Map<string, PostcodeFacts>();
  for (const postcode of postcodesInReturn(files)) {
    if (unit(postcode, 1) < 0.1) continue;
    postcodes.set(postcode, { la: COUNCILS[Math.floor(unit(postcode, 2) * COUNCILS.length)]!, easting: Math.round(unit(postcode, 3) * 600000), northing: Math.round(unit(postcode, 4) * 1200000) });
  }
  const ofstedProviders = new Map<string, OfstedProvider[]>();
  const settingPostcode = postcodes.keys().next().value ?? null;
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith("/episodes.csv")) continue;
    for (const urn of readRuleTable(text, "episodes", path)?.column("URN") ?? []) {
      if (urn === null || urn === "XXXXXXX" || unit(urn, 5) < 0.1) continue;
      ofstedProviders.set(urn, [{ placementCodes: ["K2", "U1", "R1"], providerCodes: ["PR1", "PR4"], registrationEnd: null, postcode: settingPostcode }]);
    }
  }
  return { localAuthority: COUNCILS[0], postcodes, ofstedProviders };
}

console.log("| children | rows checked (this year + last) | scan every CSV ms | loadReturn903 ms | validateReturn ms | = loadRuleTables ms | + checkRules ms | rules ÷ scan | rules ÷ load | rules run (failed) / skipped |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
for (const children of values.sizes.split(",").map(Number)) {
  const files = generate903({ children, years: YEARS, seed: Number(values.seed) });
  const checked = Object.entries(files).filter(([path]) => path.startsWith("2022-23/") || path.startsWith("2023-24/"));
  const rows = checked.reduce((n, [, text]) => n + text.split("\n").length - 2, 0);
  const scan = median(RUNS, () => Object.values(files).forEach((text) => scanCsv(text)));
  const load = median(RUNS, () => loadReturn903(files));
  const options = { referenceData: referenceDataFor(files) };
  let report = validateReturn(files, options);
  const rules = median(RUNS, () => (report = validateReturn(files, options)));
  // Each run checks a fresh load (views built by one run would be shared by the next).
  const loadTimes: number[] = [];
  const checkTimes: number[] = [];
  for (let k = 0; k < RUNS; k += 1) {
    let started = performance.now();
    const loaded = loadRuleTables(files);
    loadTimes.push(performance.now() - started);
    started = performance.now();
    checkRules(loaded, options);
    checkTimes.push(performance.now() - started);
  }
  const [ruleLoad, checks] = [loadTimes, checkTimes].map((times) => times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!) as [number, number];
  console.log(
    `| ${children.toLocaleString("en-GB")} | ${rows.toLocaleString("en-GB")} | ${scan.toFixed(0)} | ${load.toFixed(0)} | ${rules.toFixed(0)} | ${ruleLoad.toFixed(0)} | ${checks.toFixed(0)} | ${(rules / scan).toFixed(2)} | ${(rules / load).toFixed(2)} | ${rulesetRules(report.ruleset).length - report.skipped.length} (${report.results.length}) / ${report.skipped.length}, ruleset ${report.ruleset} |`,
  );
}
