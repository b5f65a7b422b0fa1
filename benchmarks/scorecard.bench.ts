/**
 * Speed at national scale: synthetic 903 folders of 500 / 5,000 / 80,000 children × 3 years,
 * timed through cic-scorecard (load + validate, one scorecard, the 12-month series) and
 * through a DuckDB baseline over the same CSVs, in the same run (machines are noisy: read the
 * ratio, not the seconds). Prints a table and writes docs/benchmarks.md.
 *
 *   npx tsx benchmarks/scorecard.bench.ts [--sizes 500,5000,80000] [--years 2016-17,2017-18,2018-19]
 *                                         [--seed 1] [--keep] [--no-docs]
 *
 * Each measurement runs in its own Node process so that its peak RSS is its own.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { dayFromIso, isoFromDay, lookbackStart } from "../src/dates/index.js";
import { type BaselineResult, duckdbBaseline } from "./duckdbBaseline.js";
import { generate903 } from "./generator/generate903.js";
import { writeFileMap } from "./generator/writeFileMap.js";

const THIS_FILE = fileURLToPath(import.meta.url);
const COMPARED = ["cla-count", "starts-count", "ends-count", "placements-3plus", "long-term-stability"] as const;

interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

type LibraryResult =
  | {
      ok: true;
      loadMs: number;
      scorecardMs: number;
      seriesMs: number;
      peakRssMb: number;
      rowsRead: number;
      errors: number;
      warnings: number;
      indicators: Record<string, Figure>;
    }
  | { ok: false; error: string };

type DuckResult = ({ ok: true; peakRssMb: number } & BaselineResult) | { ok: false; error: string };

interface SizeResult {
  children: number;
  rows: number;
  megabytes: number;
  generateMs: number;
  library: LibraryResult;
  duckdb: DuckResult;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

// ---- measurements, each in a child process ------------------------------------------------

async function measureLibrary(dir: string, asAt: string): Promise<LibraryResult> {
  let loadFolder903: ((dir: string, options: { asAt?: ReturnType<typeof dayFromIso> }) => Promise<{ cohort: unknown; dataQuality: { files: { rowsRead: number }[]; issues: { severity: string }[] } }>) | undefined;
  let computeScorecard: ((cohort: never, options: Record<string, unknown>) => { indicators: ({ id: string } & Figure)[] }) | undefined;
  try {
    loadFolder903 = (await import("../src/node.js")).loadFolder903 as typeof loadFolder903;
  } catch (error) {
    return { ok: false, error: `cannot import loadFolder903 from src/node.ts: ${message(error)}` };
  }
  try {
    computeScorecard = (await import("../src/scorecard/computeScorecard.js")).computeScorecard as unknown as typeof computeScorecard;
  } catch (error) {
    return { ok: false, error: `cannot import computeScorecard from src/scorecard/computeScorecard.ts: ${message(error)}` };
  }
  if (typeof loadFolder903 !== "function") return { ok: false, error: "src/node.ts does not export loadFolder903(dir, { asAt })" };
  if (typeof computeScorecard !== "function") return { ok: false, error: "src/scorecard/computeScorecard.ts does not export computeScorecard(cohort, options)" };
  try {
    let started = performance.now();
    const { cohort, dataQuality } = await loadFolder903(dir, { asAt: dayFromIso(asAt) });
    const loadMs = performance.now() - started;
    const options = { asAt, period: "year", population: null, config: undefined };
    started = performance.now();
    const scorecard = computeScorecard(cohort as never, options);
    const scorecardMs = performance.now() - started;
    started = performance.now();
    computeScorecard(cohort as never, { ...options, series: true });
    const seriesMs = performance.now() - started;
    const indicators: Record<string, Figure> = {};
    for (const r of scorecard.indicators) indicators[r.id] = { value: r.value, numerator: r.numerator, denominator: r.denominator };
    return {
      ok: true, loadMs, scorecardMs, seriesMs, peakRssMb: peakRssMb(),
      rowsRead: dataQuality.files.reduce((sum, f) => sum + f.rowsRead, 0),
      errors: dataQuality.issues.filter((i) => i.severity === "error").length,
      warnings: dataQuality.issues.filter((i) => i.severity === "warning").length,
      indicators,
    };
  } catch (error) {
    return { ok: false, error: `cic-scorecard failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
}

function baselineDates(asAt: string) {
  const r = dayFromIso(asAt);
  return {
    asAt,
    windowStart: isoFromDay(lookbackStart(r, 12)),
    spellBy: isoFromDay(lookbackStart(r, 24)),
    periodBy: isoFromDay(lookbackStart(r, 30)),
  };
}

async function measureDuckdb(dir: string, asAt: string): Promise<DuckResult> {
  try {
    const result = await duckdbBaseline(dir, baselineDates(asAt));
    return { ok: true, ...result, peakRssMb: peakRssMb() };
  } catch (error) {
    return { ok: false, error: `DuckDB baseline failed: ${message(error)}` };
  }
}

function inChild<T>(mode: string, dir: string, asAt: string): T | { ok: false; error: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", THIS_FILE, mode, dir, asAt], {
    encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"],
  });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last) as T;
  } catch {
    return { ok: false, error: `${mode} exited with ${run.status ?? run.signal}: ${last.slice(0, 300)}` };
  }
}

// ---- the run ------------------------------------------------------------------------------

function runSize(children: number, years: string[], seed: number, asAt: string, keep: boolean): SizeResult {
  const started = performance.now();
  const files = generate903({ children, years, seed });
  const generateMs = performance.now() - started;
  let rows = 0;
  for (const text of Object.values(files)) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) rows += 1;
    rows -= 1; // the header line
  }
  const dir = mkdtempSync(join(os.tmpdir(), `cic-bench-${children}-`));
  try {
    const bytes = writeFileMap(files, dir);
    const library = inChild<LibraryResult>("--measure-library", dir, asAt);
    const duckdb = inChild<DuckResult>("--measure-duckdb", dir, asAt);
    return { children, rows, megabytes: bytes / 1e6, generateMs, library, duckdb };
  } finally {
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const thousands = (n: number) => Math.round(n).toLocaleString("en-GB");

function agreement(result: SizeResult): { id: string; library: string; duckdb: string; agree: boolean | null }[] {
  return COMPARED.map((id) => {
    const lib = result.library.ok ? result.library.indicators[id] : undefined;
    const duck = result.duckdb.ok ? result.duckdb.indicators[id] : undefined;
    const show = (f: { numerator: number | null; denominator: number | null } | undefined) =>
      f === undefined ? "—" : f.denominator === null ? String(f.numerator) : `${f.numerator}/${f.denominator}`;
    const agree = lib === undefined || duck === undefined ? null : lib.numerator === duck.numerator && (duck.denominator === null || lib.denominator === duck.denominator);
    return { id, library: show(lib), duckdb: show(duck), agree };
  });
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- CPU: ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node: ${process.version}`,
    // The machines are shared: a load above the core count slows every figure below.
    `- Load average when the run ended (1/5/15 min): ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`,
  ];
}

function tables(results: SizeResult[]): string[] {
  const out: string[] = [];
  out.push(
    "| children | rows | CSV MB | generate s | load+validate s | scorecard s | series (12 months) s | peak RSS MB | rows/s | µs/row | DuckDB read+query s | DuckDB peak RSS MB | cic-scorecard ÷ DuckDB |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    const lib = r.library.ok ? r.library : null;
    const duck = r.duckdb.ok ? r.duckdb : null;
    const libraryMs = lib ? lib.loadMs + lib.scorecardMs : null;
    const duckMs = duck ? duck.readMs + duck.queryMs : null;
    out.push(
      `| ${thousands(r.children)} | ${thousands(r.rows)} | ${r.megabytes.toFixed(1)} | ${seconds(r.generateMs)} | ${lib ? seconds(lib.loadMs) : "—"} | ${lib ? seconds(lib.scorecardMs) : "—"} | ${lib ? seconds(lib.seriesMs) : "—"} | ${lib ? lib.peakRssMb.toFixed(0) : "—"} | ${lib ? thousands(r.rows / (lib.loadMs / 1000)) : "—"} | ${lib ? ((lib.loadMs * 1000) / r.rows).toFixed(1) : "—"} | ${duck ? `${seconds(duck.readMs)}+${seconds(duck.queryMs)}` : "—"} | ${duck ? duck.peakRssMb.toFixed(0) : "—"} | ${libraryMs !== null && duckMs !== null ? (libraryMs / duckMs).toFixed(1) : "—"} |`,
    );
  }
  out.push("", "Agreement with the DuckDB baseline (numerator/denominator at the as-at date):", "");
  out.push(`| children | ${COMPARED.join(" | ")} |`, `|---:|${COMPARED.map(() => "---").join("|")}|`);
  for (const r of results) {
    const cells = agreement(r).map((a) => `${a.agree === null ? "n/a" : a.agree ? "agree" : "**disagree**"} ${a.library} vs ${a.duckdb}`);
    out.push(`| ${thousands(r.children)} | ${cells.join(" | ")} |`);
  }
  const failures = results.flatMap((r) => [r.library, r.duckdb].filter((m): m is { ok: false; error: string } => !m.ok).map((m) => `- ${thousands(r.children)} children: ${m.error.split("\n")[0]}`));
  if (failures.length > 0) out.push("", "Failures:", "", ...failures);
  return out;
}

/** How a generated size compares with England's children in care at 31 March (indicators.md §6). */
function scale(results: SizeResult[]): string {
  const largest = results[results.length - 1];
  const cla = largest?.library.ok ? largest.library.indicators["cla-count"]?.numerator : largest?.duckdb.ok ? largest.duckdb.indicators["cla-count"].numerator : null;
  if (!largest || cla === null || cla === undefined) return "";
  return `${thousands(largest.children)} children give ${thousands(cla)} in care at the as-at date; England had 83,630 on 31 March 2024.`;
}

function report(results: SizeResult[], years: string[], seed: number, asAt: string): string {
  const lib = results.map((r) => r.library).find((l) => l.ok);
  return [
    "# Benchmarks",
    "",
    "Generated by `npx tsx benchmarks/scorecard.bench.ts` (do not edit by hand). Synthetic SSDA903 folders",
    `(benchmarks/generator, seed ${seed}, years ${years.join(", ")}) are written to a temporary folder, then read and`,
    `scored at ${asAt} by cic-scorecard and, in the same run, by a DuckDB baseline (benchmarks/duckdbBaseline.ts).`,
    "",
    "## Machine",
    "",
    ...machine(),
    "",
    "## Results",
    "",
    ...tables(results),
    "",
    "## What is measured",
    "",
    "- *children*: distinct children in the folder over all years (in care at some point, or care leavers with an OC3",
    `  row). ${scale(results)}`,
    "- *generate*: `generate903` building every CSV text in memory (not part of the library).",
    "- *load+validate*: `loadFolder903(dir, { asAt })` from src/node.ts — reading, decoding, CSV parsing, value",
    "  checks, issues, and stitching the years into a cohort. *rows/s* and *µs/row* are over every data row of every",
    "  file (all tables, all years).",
    "- *scorecard*: `computeScorecard(cohort, { asAt, period: \"year\" })`, every registered indicator with its",
    "  previous value; *series* adds the values at the 12 month-ends (`series: true`).",
    "- *peak RSS*: `process.resourceUsage().maxRSS` of the process that only loads and scores (each measurement runs",
    "  in its own Node process).",
    "- *DuckDB*: `read_csv` of every episodes.csv and header.csv, the §1.5 year merge, then five indicators in SQL",
    "  (cla-count, starts-count, ends-count, placements-3plus, long-term-stability). It checks no data and knows no",
    "  options, so the ratio compares a full validated scorecard with five bare queries: read it as the price of",
    "  validation and the remaining indicators, and watch it across runs rather than against 1.",
    lib && lib.ok ? `- Data-quality issues found in the generated data by cic-scorecard: ${lib.errors} errors, ${lib.warnings} warnings (smallest size).` : "",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode === "--measure-library" || mode === "--measure-duckdb") {
    const [dir, asAt] = [process.argv[3]!, process.argv[4]!];
    const result = mode === "--measure-library" ? await measureLibrary(dir, asAt) : await measureDuckdb(dir, asAt);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "500,5000,80000" },
      years: { type: "string", default: "2016-17,2017-18,2018-19" },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      "no-docs": { type: "boolean", default: false },
    },
  });
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  const years = values.years.split(",").map((s) => s.trim());
  const seed = Number(values.seed);
  const lastYear = years.map((y) => Number(y.slice(0, 4)) + 1).sort((a, b) => b - a)[0]!;
  const asAt = `${lastYear}-03-31`;
  const results: SizeResult[] = [];
  for (const children of sizes) {
    process.stderr.write(`${children} children × ${years.length} years…\n`);
    const result = runSize(children, years, seed, asAt, values.keep);
    results.push(result);
    for (const a of agreement(result)) {
      process.stderr.write(`  ${a.id.padEnd(22)} ${a.agree === null ? "n/a     " : a.agree ? "agree   " : "DISAGREE"} cic-scorecard ${a.library}  DuckDB ${a.duckdb}\n`);
    }
  }
  process.stdout.write(`\n${tables(results).join("\n")}\n`);
  if (!values["no-docs"]) {
    const target = join(THIS_FILE, "..", "..", "docs", "benchmarks.md");
    writeFileSync(target, report(results, years, seed, asAt));
    process.stdout.write(`\nwrote ${target}\n`);
  }
}

await main();
