/**
 * INDICATOR over 5,000 pasted episode rows (targets: under 100 ms in Node, and 20 ms for the columnar core of issue 13), against a baseline
 * from the same run: the core alone over the same records
 * already typed (buildCohort + createRun().measure, as INDICATOR does), so the ratio is the
 * cost of reading cells. Excel-style ranges (serial dates,
 * numeric ids, 0 blanks) and Google-style ranges (Date objects, "" blanks) are both timed.
 * Run: `npx tsx benchmarks/sheets-indicator.bench.ts` (ROWS=… to change the size); it times itself
 * bundled as the library ships (benchmarks/bundled.ts), not through tsx.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Day, dayFromIso } from "../src/dates/day.js";
import { buildCohort } from "../src/history/buildCohort.js";
import { findIndicator, BUILT_IN_INDICATORS } from "../src/indicators/registry.js";
import { tableRecordsOf } from "../src/model/return903.js";
import { createRun } from "../src/scorecard/run.js";
import { indicator } from "../src/sheets/functions.js";
import { readSheetTable } from "../src/sheets/tables.js";
import { bundled } from "./bundled.js";

// Timed as the library ships (benchmarks/bundled.ts): this file re-runs itself bundled, under plain node.
if (process.env.CIC_BENCH_BUNDLED !== "1") {
  const script = await bundled(fileURLToPath(import.meta.url), "sheets-indicator.bench.mjs");
  const run = spawnSync(process.execPath, [script], { stdio: "inherit", env: { ...process.env, CIC_BENCH_BUNDLED: "1" } });
  process.exit(run.status ?? 1);
}

const ROWS = Number(process.env.ROWS ?? 5000);
const INDICATOR_ID = process.env.INDICATOR ?? "placements-3plus";
const AS_AT = "2019-01-31";
const AS_AT_DAY: Day = dayFromIso(AS_AT);
const RUNS = 15;

const SERIAL_2016_04_01 = 42461;
const PLACES = ["U1", "U4", "U5", "K2", "R1", "T4", "P1"];

/** Deterministic rows: 3–4 episodes per child, chained with X1, the last one often open. */
function ranges(host: "excel" | "google"): { header: unknown[][]; episodes: unknown[][] } {
  const blank = host === "excel" ? 0 : "";
  const date = (serial: number) => (host === "excel" ? serial : new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000 + 12 * 3_600_000));
  const header: unknown[][] = [["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]];
  const episodes: unknown[][] = [["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]];
  let child = 0;
  while (episodes.length - 1 < ROWS) {
    child += 1;
    const id = host === "excel" ? 100000 + child : String(100000 + child);
    header.push([id, 1 + (child % 2), date(SERIAL_2016_04_01 - 3000 - ((child * 37) % 5000)), "WBRI", blank, blank, blank]);
    const count = 3 + (child % 2);
    let start = SERIAL_2016_04_01 + ((child * 13) % 900);
    for (let e = 0; e < count && episodes.length - 1 < ROWS; e += 1) {
      const last = e === count - 1;
      const end = last ? (child % 3 === 0 ? start + 200 : null) : start + 60 + ((child * 7 + e * 11) % 200);
      episodes.push([
        id, date(start), e === 0 ? "S" : "P", "C2", "N1", PLACES[(child + e) % PLACES.length], "PR1",
        end === null ? blank : date(end), end === null ? blank : last ? "E4A" : "X1", blank, blank, "PE1 1AA", blank,
      ]);
      if (end !== null) start = end;
    }
  }
  return { header, episodes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(name: string, run: () => unknown): number {
  run(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const ms = median(samples);
  console.log(`${name.padEnd(28)} median ${ms.toFixed(1)} ms over ${RUNS} runs`);
  return ms;
}

const excel = ranges("excel");
const google = ranges("google");
const definition = findIndicator(BUILT_IN_INDICATORS, INDICATOR_ID);
const records = tableRecordsOf({ header: readSheetTable("header", excel.header).records, episodes: readSheetTable("episodes", excel.episodes).records });
console.log(`${INDICATOR_ID} at ${AS_AT}: ${excel.episodes.length - 1} episode rows, ${excel.header.length - 1} children`);

const baseline = time("core only (typed records)", () => {
  const { cohort } = buildCohort({ years: [{ label: null, endYear: null, tables: ["header", "episodes"], records }] });
  return createRun(cohort, { population: 50000, indicators: [definition] }).measure(definition, AS_AT_DAY);
});
const excelMs = time("INDICATOR, Excel cells", () => indicator(INDICATOR_ID, 43496, excel.header, excel.episodes, 50000));
const googleMs = time("INDICATOR, Google cells", () => indicator(INDICATOR_ID, AS_AT, google.header, google.episodes, 50000));
console.log(`value ${String(indicator(INDICATOR_ID, 43496, excel.header, excel.episodes, 50000))}`);
console.log(`Excel / core ratio: ${(excelMs / baseline).toFixed(2)}; Google / core ratio: ${(googleMs / baseline).toFixed(2)}; targets < 100 ms and ≤ 20 ms (issue 13): Excel ${excelMs <= 20 ? "met" : "missed"}, Google ${googleMs <= 20 ? "met" : "missed"}`);
