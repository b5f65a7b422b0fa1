/**
 * Speed of the 903 reader on a data folder: `loadFolder903` (read, decode, scan, check, type,
 * stitch) against the bare CSV scanner over the same files, in the same run (read the ratio,
 * not the seconds). The folder comes from the generator, e.g.
 *
 *   npx tsx benchmarks/generator/cli.ts --children 80000 --years 2016-17,2017-18,2018-19 --seed 1 --out /tmp/gen80k
 *   npx tsx benchmarks/load.bench.ts /tmp/gen80k [--repeat 3] [--parse-only]
 *
 * The reader runs first, so the peak RSS printed after it is the reader's own (the scanner
 * needs far less). `--parse-only` times `parseReturn903` instead (no stitching by the core).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { dayFromIso } from "../src/dates/day.js";
import { CsvScanner } from "../src/io/csv/scanCsv.js";
import { decodeBytes } from "../src/io/csv/decode.js";
import { planFolder } from "../src/io/ssda903/folderLayout.js";
import { parseReturn903 } from "../src/io/ssda903/parseReturn903.js";
import { loadFolder903, readFolder903 } from "../src/node.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: "string", default: "1" }, "parse-only": { type: "boolean", default: false } },
});
const dir = positionals[0] ?? "/tmp/gen80k";
const repeat = Number(values.repeat);
const asAt = dayFromIso("2019-03-31");

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);
const peakRssMb = () => mb(process.resourceUsage().maxRSS * 1024);

async function timeReader(): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  let rows = 0;
  if (values["parse-only"]) {
    const { dataQuality } = parseReturn903(await readFolder903(dir), { asAt });
    rows = dataQuality.files.reduce((sum, f) => sum + f.rowsRead, 0);
  } else {
    const { dataQuality } = await loadFolder903(dir, { asAt });
    rows = dataQuality.files.reduce((sum, f) => sum + f.rowsRead, 0);
  }
  return { ms: performance.now() - started, rows };
}

/** The same files read, decoded and scanned, and nothing more. */
async function timeScanner(): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const paths = planFolder(Object.keys(await readFolder903(dir))).years.flatMap((y) => y.files.map((f) => f.path));
  let rows = 0;
  for (const path of paths) {
    const scanner = new CsvScanner(decodeBytes(new Uint8Array(await readFile(join(dir, path)))).text);
    for (let r = scanner.next(); r !== null; r = scanner.next()) rows += 1;
  }
  return { ms: performance.now() - started, rows };
}

const line = (name: string, { ms, rows }: { ms: number; rows: number }) =>
  `${name.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms  ${rows.toLocaleString("en-GB").padStart(10)} rows  ${Math.round(rows / (ms / 1000)).toLocaleString("en-GB").padStart(11)} rows/s`;

const readerRuns: { ms: number; rows: number }[] = [];
for (let k = 0; k < repeat; k += 1) {
  readerRuns.push(await timeReader());
  console.log(line(values["parse-only"] ? "parse" : "load", readerRuns[k]!) + `  peak RSS ${peakRssMb()} MB`);
}
const scanRuns: { ms: number; rows: number }[] = [];
for (let k = 0; k < repeat; k += 1) {
  scanRuns.push(await timeScanner());
  console.log(line("scanner", scanRuns[k]!));
}
const best = (runs: { ms: number }[]) => Math.min(...runs.map((r) => r.ms));
console.log(`reader / scanner time ratio (best runs): ${(best(readerRuns) / best(scanRuns)).toFixed(2)}`);
