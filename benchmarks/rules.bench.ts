/**
 * How long the DfE's validation rules take beside reading the same return, in the same run (a
 * noisy machine: read the ratios). For each size, a generated three-year folder; the latest
 * year is checked against the rules with the year before as last year.
 *
 *   npx tsx benchmarks/rules.bench.ts [--sizes 5000,80000] [--seed 1]
 *
 * Prints: the rows of the year checked and last year, the median of three runs of
 * `validateReturn` (the rules, from the raw files), of `loadReturn903` (the reader, checks and
 * stitching), and of scanning every CSV once (the floor), with the ratios, and the rules run.
 */
import { parseArgs } from "node:util";
import { scanCsv } from "../src/io/csv/scanCsv.js";
import { loadReturn903 } from "../src/io/ssda903/loadReturn903.js";
import { rulesetRules } from "../src/validation/registry.js";
import { validateReturn } from "../src/validation/validateReturn.js";
import { generate903 } from "./generator/generate903.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "5000" }, seed: { type: "string", default: "1" } } });
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

console.log("| children | rows checked (this year + last) | scan every CSV ms | loadReturn903 ms | validateReturn ms | rules ÷ scan | rules ÷ load | rules run (failed) / skipped |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---|");
for (const children of values.sizes.split(",").map(Number)) {
  const files = generate903({ children, years: YEARS, seed: Number(values.seed) });
  const checked = Object.entries(files).filter(([path]) => path.startsWith("2022-23/") || path.startsWith("2023-24/"));
  const rows = checked.reduce((n, [, text]) => n + text.split("\n").length - 2, 0);
  const scan = median(3, () => Object.values(files).forEach((text) => scanCsv(text)));
  const load = median(3, () => loadReturn903(files));
  let report = validateReturn(files);
  const rules = median(3, () => (report = validateReturn(files)));
  console.log(
    `| ${children.toLocaleString("en-GB")} | ${rows.toLocaleString("en-GB")} | ${scan.toFixed(0)} | ${load.toFixed(0)} | ${rules.toFixed(0)} | ${(rules / scan).toFixed(2)} | ${(rules / load).toFixed(2)} | ${rulesetRules(report.ruleset).length - report.skipped.length} (${report.results.length}) / ${report.skipped.length}, ruleset ${report.ruleset} |`,
  );
}
