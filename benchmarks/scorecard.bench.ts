/**
 * Speed at national scale: synthetic 903 folders of 500 / 5,000 / 80,000 children × 3 years,
 * timed through cic-scorecard (load + validate, one scorecard, the 12-month series, warm
 * scorecards) and through a DuckDB baseline over the same CSVs, in the same run (machines are
 * noisy: read the ratio, not the seconds). The largest size is measured twice: as generated,
 * and with the local tables left out (the shape of the DfE's national 903 data). Each folder is
 * also scored by the CLI end to end (`report --format json`), and one national episodes.csv of
 * `--big-rows` rows (and its header.csv) too. Prints the tables and the targets of issues 8
 * and 13, met or missed, and writes docs/benchmarks.md.
 *
 *   npx tsx benchmarks/scorecard.bench.ts [--sizes 500,5000,80000] [--years 2016-17,2017-18,2018-19]
 *                                         [--big-rows 2000000[,10000000]] [--seed 1] [--keep] [--no-docs]
 *
 * Each measurement runs in its own Node process so that its peak RSS is its own, running this
 * file bundled as the library ships (`bundled`), not through tsx.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { dayFromIso, isoFromDay, lookbackStart } from "../src/dates/index.js";
import { CsvScanner } from "../src/io/csv/scanCsv.js";
import { TABLES_903 } from "../src/model/tables.js";
import { bundled } from "./bundled.js";
import { type BaselineResult, duckdbBaseline } from "./duckdbBaseline.js";
import { generate903 } from "./generator/generate903.js";
import { writeFileMap } from "./generator/writeFileMap.js";
import { median } from "./median.js";
import { comparisonTable, resultsTable } from "./previousRun.js";

const THIS_FILE = fileURLToPath(import.meta.url);
type Shape = "all" | "903" | "compared";
const COMPARED = ["cla-count", "starts-count", "ends-count", "placements-3plus", "long-term-stability"] as const;
/** Scorecards timed after the first ones, once the JIT is warm; the median is reported. */
/**
 * Warm scorecards: untimed calls until the JIT has settled (at least WARM_UP_CALLS and
 * WARM_UP_MS), then timed calls (at least WARM_RUNS and WARM_TIMED_MS); the figure is their
 * median. Runs before 4 December 2026 timed the 5 calls right after the series call, which
 * caught the JIT still compiling and the series' garbage being collected.
 */
const WARM_RUNS = 5;
const WARM_UP_CALLS = 3;
const WARM_UP_MS = 500;
const WARM_TIMED_MS = 1_000;

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
      /** Median of WARM_RUNS further scorecards (no series) on the loaded cohort. */
      warmScorecardMs: number;
      warmRunsMs: number[];
      /** After load, scorecard and series; before the warm scorecards. */
      peakRssMb: number;
      /** The floor: reading every CSV of the folder from disk and splitting it into fields, once (after the other measurements). */
      floorMs: number;
      rowsRead: number;
      errors: number;
      warnings: number;
      indicators: Record<string, Figure>;
    }
  | { ok: false; error: string };

type DuckResult = ({ ok: true; peakRssMb: number } & BaselineResult) | { ok: false; error: string };

/** The pipeline as a user runs it, in a process of its own: load, then a scorecard with its series as the first call. */
type PipelineResult = { ok: true; pipelineMs: number } | { ok: false; error: string };

/** `report --format json` end to end (`measureCli`): from the process's start to its exit. */
type CliResult = { ok: true; reportMs: number; peakRssMb: number; exitCode: number; notRead: string | null } | { ok: false; error: string };

interface SizeResult {
  children: number;
  /**
   * `all`: as generated. `903`: the local tables left out (the shape of the national 903 data).
   * `compared`: only episodes.csv and header.csv, scored on the five indicators DuckDB computes.
   */
  shape: Shape;
  rows: number;
  megabytes: number;
  /** Null for a folder filtered from another size's generated files. */
  generateMs: number | null;
  library: LibraryResult;
  pipeline: PipelineResult;
  /** Null for the like-for-like folder (the CLI scores every indicator). */
  cli: CliResult | null;
  duckdb: DuckResult;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

// ---- measurements, each in a child process ------------------------------------------------

/** Every .csv under `dir` read from disk, decoded and split into fields by the library's own scanner: the floor issue 13 compares with. */
function readAndSplitMs(dir: string): number {
  const started = performance.now();
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.toLowerCase().endsWith(".csv")) {
        const scanner = new CsvScanner(readFileSync(path, "utf8"));
        while (scanner.next() !== null);
      }
    }
  };
  visit(dir);
  return performance.now() - started;
}

/**
 * Load, then `computeScorecard` with `series: true` as the first call on the cohort: what
 * `report` does, cold (every history and derived value built on the way), timed as one.
 */
async function measurePipeline(dir: string, asAt: string, onlyCompared: boolean): Promise<PipelineResult> {
  try {
    const { loadFolder903 } = await import("../src/node.js");
    const { computeScorecard } = await import("../src/scorecard/computeScorecard.js");
    const registry = (await import("../src/indicators/registry.js")).BUILT_IN_INDICATORS;
    const indicators = onlyCompared ? registry.filter((d) => (COMPARED as readonly string[]).includes(d.id)) : undefined;
    const started = performance.now();
    const { cohort } = await loadFolder903(dir, { asAt: dayFromIso(asAt) });
    computeScorecard(cohort, { asAt, period: "year", series: true, indicators } as never);
    return { ok: true, pipelineMs: performance.now() - started };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}

/** `onlyCompared`: a registry of the five indicators DuckDB computes, not every indicator. */
async function measureLibrary(dir: string, asAt: string, onlyCompared: boolean): Promise<LibraryResult> {
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
    const registry = (await import("../src/indicators/registry.js")).BUILT_IN_INDICATORS;
    const registryUsed = onlyCompared ? registry.filter((d) => (COMPARED as readonly string[]).includes(d.id)) : undefined;
    const options = { asAt, period: "year", population: null, config: undefined, indicators: registryUsed };
    started = performance.now();
    const scorecard = computeScorecard(cohort as never, options);
    const scorecardMs = performance.now() - started;
    started = performance.now();
    computeScorecard(cohort as never, { ...options, series: true });
    const seriesMs = performance.now() - started;
    const peakRss = peakRssMb();
    const warmRunsMs: number[] = [];
    const warmUpFrom = performance.now();
    for (let call = 0; call < WARM_UP_CALLS || performance.now() - warmUpFrom < WARM_UP_MS; call += 1) computeScorecard(cohort as never, options);
    const timedFrom = performance.now();
    while (warmRunsMs.length < WARM_RUNS || performance.now() - timedFrom < WARM_TIMED_MS) {
      started = performance.now();
      computeScorecard(cohort as never, options);
      warmRunsMs.push(performance.now() - started);
    }
    const floorMs = readAndSplitMs(dir);
    const indicators: Record<string, Figure> = {};
    for (const r of scorecard.indicators) indicators[r.id] = { value: r.value, numerator: r.numerator, denominator: r.denominator };
    return {
      ok: true, loadMs, scorecardMs, seriesMs, warmScorecardMs: median(warmRunsMs), warmRunsMs, peakRssMb: peakRss, floorMs,
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

/** Runs `script` (this file bundled, `bundled`) in a process of its own in `mode`; its last line of output is the answer. */
function inChild<T>(script: string, mode: string, dir: string, asAt: string): T | { ok: false; error: string } {
  const run = spawnSync(process.execPath, [script, mode, dir, asAt], {
    encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"],
  });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last) as T;
  } catch {
    return { ok: false, error: `${mode} exited with ${run.status ?? run.signal}: ${last.slice(0, 300)}` };
  }
}

/**
 * `report --data DIR --as-at R --format json` as a user runs it: the CLI bundled as tsup builds
 * dist/cli.js (`cli`), in a process of its own. Timed from the process's start (Node and the
 * CLI's modules loaded) to its exit, with its peak RSS, both read by a module loaded first
 * (`--import`) when the process exits. `notRead`: the output's `too-large` message, if any.
 */
function measureCli(cli: string, dir: string, asAt: string): CliResult {
  const run = spawnSync(process.execPath, ["--import", pathToFileURL(onExitOf(cli)).href, cli, "report", "--data", dir, "--as-at", asAt, "--format", "json"], {
    encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"],
  });
  const line = run.stderr.split("\n").reverse().find((l) => l.startsWith("cic-bench "));
  if (line === undefined) return { ok: false, error: `report exited with ${run.status ?? run.signal}: ${run.stderr.slice(-300)}` };
  const { ms, rssKb, code } = JSON.parse(line.slice("cic-bench ".length)) as { ms: number; rssKb: number; code: number };
  let notRead: string | null = null;
  try {
    const output = JSON.parse(run.stdout) as { dataQuality: { issues: { code: string; message: string }[] } };
    notRead = output.dataQuality.issues.find((i) => i.code === "too-large")?.message ?? null;
  } catch {
    return { ok: false, error: `report wrote no JSON (exit ${code}): ${run.stderr.slice(-300)}` };
  }
  return { ok: true, reportMs: ms, peakRssMb: rssKb / 1024, exitCode: code, notRead };
}

// ---- the run ------------------------------------------------------------------------------

type FileMap = ReturnType<typeof generate903>;

/** `"2017-18/visits.csv"` → `"visits"`. */
const tableOf = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.csv$/, "");

/** Data rows over every file: each file is a header line and rows, every line ended by a line break. */
function dataRows(files: FileMap): number {
  let rows = 0;
  for (const text of Object.values(files)) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) rows += 1;
    rows -= 1; // the header line
  }
  return rows;
}

/**
 * The tables each shape keeps (null: all). `903`: the DfE's national 903 data, without the
 * council's local tables. `compared`: the two files the DuckDB baseline reads.
 */
const SHAPE_TABLES: Record<Shape, ReadonlySet<string> | null> = {
  all: null,
  "903": new Set<string>(TABLES_903),
  compared: new Set(["episodes", "header"]),
};

/** The files of `files` that `shape` keeps. */
function filesOf(files: FileMap, shape: Shape): FileMap {
  const kept = SHAPE_TABLES[shape];
  return kept === null ? files : Object.fromEntries(Object.entries(files).filter(([path]) => kept.has(tableOf(path))));
}

/** Tables of `files` that the 903 shape leaves out, in code-point order. */
function leftOutTables(files: FileMap): string[] {
  const kept = SHAPE_TABLES["903"]!;
  return [...new Set(Object.keys(files).map(tableOf).filter((t) => !kept.has(t)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The module beside the CLI's bundle that `measureCli` loads first: it prints the time and peak RSS as the process exits. */
function onExitOf(cli: string): string {
  return join(dirname(cli), "report-exit.mjs");
}

/** The CLI bundled as dist/cli.js is built, with its `onExitOf` module written beside it. */
async function bundledCli(): Promise<string> {
  const cli = await bundled(join(THIS_FILE, "..", "..", "src", "cli", "main.ts"), "cli.mjs");
  // `--import` runs in the reading worker too (a worker inherits the process's flags): only the main thread reports.
  writeFileSync(
    onExitOf(cli),
    'import { isMainThread } from "node:worker_threads";\nif (isMainThread) process.on("exit", (code) => process.stderr.write(`\\ncic-bench ${JSON.stringify({ ms: performance.now(), rssKb: process.resourceUsage().maxRSS, code })}\\n`));\n',
  );
  return cli;
}

/** The bundles each measurement runs: this file (its `--measure-…` modes) and the CLI. */
interface Bundles {
  script: string;
  cli: string;
}

function measureFolder(files: FileMap, folder: { children: number; shape: Shape; generateMs: number | null }, asAt: string, keep: boolean, { script, cli }: Bundles): SizeResult {
  const rows = dataRows(files);
  const dir = mkdtempSync(join(os.tmpdir(), `cic-bench-${folder.children}-${folder.shape}-`));
  try {
    const bytes = writeFileMap(files, dir);
    const compared = folder.shape === "compared";
    const library = inChild<LibraryResult>(script, compared ? "--measure-library-compared" : "--measure-library", dir, asAt);
    const pipeline = inChild<PipelineResult>(script, compared ? "--measure-pipeline-compared" : "--measure-pipeline", dir, asAt);
    const report = compared ? null : measureCli(cli, dir, asAt);
    const duckdb = inChild<DuckResult>(script, "--measure-duckdb", dir, asAt);
    return { ...folder, rows, megabytes: bytes / 1e6, library, pipeline, cli: report, duckdb };
  } finally {
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ---- one national episodes.csv ------------------------------------------------------------

/** Episode rows a generated child makes in one return (1,060,000 children make about 2,070,000). */
const EPISODE_ROWS_PER_CHILD = 1.96;
/** Children generated at a time: about 2 million episode rows, whose episodes.csv text V8 can still hold whole. */
const CHILDREN_PER_PART = 1_060_000;

interface BigFileResult {
  /** Asked for (`--big-rows`), and written. */
  rowsAsked: number;
  episodeRows: number;
  headerRows: number;
  episodesMegabytes: number;
  generateMs: number;
  cli: CliResult;
  /** The CLI's `too-large` message, when it did not read the file. */
  notRead: string | null;
}

/** Data rows of a CSV text (a header line, then rows each ended by a line break). */
function rowsOf(text: string): number {
  let rows = -1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) rows += 1;
  return rows;
}

/**
 * One return of about `rows` episode rows, as a national extract holds them: episodes.csv and
 * header.csv only, children generated a part at a time with ids of their own (`idPrefix`) and
 * each part's rows appended to the files. Scored by `report --format json` end to end.
 */
function measureBigFile(rowsAsked: number, seed: number, keep: boolean, cli: string): BigFileResult {
  const dir = mkdtempSync(join(os.tmpdir(), `cic-bench-episodes-${rowsAsked}-`));
  try {
    const started = performance.now();
    const written = { episodes: 0, header: 0 };
    for (let part = 0, left = Math.round(rowsAsked / EPISODE_ROWS_PER_CHILD); left > 0; part += 1, left -= CHILDREN_PER_PART) {
      const files = generate903({ children: Math.min(left, CHILDREN_PER_PART), years: ["2018-19"], seed: seed + part, la: { idPrefix: `P${part}` } });
      for (const table of ["episodes", "header"] as const) {
        const text = files[`2018-19/${table}.csv`]!;
        written[table] += rowsOf(text);
        if (part === 0) writeFileSync(join(dir, `${table}.csv`), text);
        else appendFileSync(join(dir, `${table}.csv`), text.slice(text.indexOf("\n") + 1));
      }
    }
    const generateMs = performance.now() - started;
    const report = measureCli(cli, dir, "2019-03-31");
    return { rowsAsked, episodeRows: written.episodes, headerRows: written.header, episodesMegabytes: statSync(join(dir, "episodes.csv")).size / 1e6, generateMs, cli: report, notRead: report.ok ? report.notRead : null };
  } finally {
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const thousands = (n: number) => Math.round(n).toLocaleString("en-GB");
const milliseconds = (ms: number) => (ms >= 100 ? thousands(ms) : ms.toFixed(1));
const SHAPE_LABELS: Record<Shape, string> = { all: "", "903": " (903 tables only)", compared: " (episodes + header, 5 indicators)" };
const label = (r: { children: number; shape: Shape }) => `${thousands(r.children)}${SHAPE_LABELS[r.shape]}`;
const libraryOf = (r: SizeResult | undefined) => (r?.library.ok ? r.library : null);
const duckdbOf = (r: SizeResult | undefined) => (r?.duckdb.ok ? r.duckdb : null);

/** Load, then a scorecard with its series, timed together in a process of their own (`measurePipeline`). */
function pipelineMs(r: SizeResult | undefined): number | null {
  return r?.pipeline?.ok ? r.pipeline.pipelineMs : null;
}

/** (load + scorecard) ÷ (DuckDB read + query). */
function duckdbRatio(r: SizeResult | undefined): number | null {
  const lib = libraryOf(r);
  const duck = duckdbOf(r);
  return lib && duck ? (lib.loadMs + lib.scorecardMs) / (duck.readMs + duck.queryMs) : null;
}

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
    "| children | rows | CSV MB | generate s | read and split s | load+validate s | scorecard s | series (12 months) s | load + scorecard + series s | ÷ read and split | report (CLI) s | report ÷ read and split | report peak RSS MB | scorecard warm ms | peak RSS MB | bytes/row | rows/s | µs/row | DuckDB read+query s | DuckDB peak RSS MB | cic-scorecard ÷ DuckDB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    const lib = libraryOf(r);
    const duck = duckdbOf(r);
    const pipeline = pipelineMs(r);
    const ratio = duckdbRatio(r);
    const cli = r.cli?.ok ? r.cli : null;
    out.push(
      `| ${label(r)} | ${thousands(r.rows)} | ${r.megabytes.toFixed(1)} | ${r.generateMs === null ? "—" : seconds(r.generateMs)} | ${lib ? seconds(lib.floorMs) : "—"} | ${lib ? seconds(lib.loadMs) : "—"} | ${lib ? seconds(lib.scorecardMs) : "—"} | ${lib ? seconds(lib.seriesMs) : "—"} | ${pipeline === null ? "—" : seconds(pipeline)} | ${lib && pipeline !== null ? (pipeline / lib.floorMs).toFixed(1) : "—"} | ${cli ? seconds(cli.reportMs) : "—"} | ${lib && cli ? (cli.reportMs / lib.floorMs).toFixed(1) : "—"} | ${cli ? cli.peakRssMb.toFixed(0) : "—"} | ${lib ? milliseconds(lib.warmScorecardMs) : "—"} | ${lib ? lib.peakRssMb.toFixed(0) : "—"} | ${lib ? thousands(bytesPerRow(lib, r)) : "—"} | ${lib ? thousands(r.rows / (lib.loadMs / 1000)) : "—"} | ${lib ? ((lib.loadMs * 1000) / r.rows).toFixed(1) : "—"} | ${duck ? `${seconds(duck.readMs)}+${seconds(duck.queryMs)}` : "—"} | ${duck ? duck.peakRssMb.toFixed(0) : "—"} | ${ratio === null ? "—" : ratio.toFixed(1)} |`,
    );
  }
  out.push("", "Agreement with the DuckDB baseline (numerator/denominator at the as-at date):", "");
  out.push(`| children | ${COMPARED.join(" | ")} |`, `|---|${COMPARED.map(() => "---").join("|")}|`);
  for (const r of results) {
    const cells = agreement(r).map((a) => `${a.agree === null ? "n/a" : a.agree ? "agree" : "**disagree**"} ${a.library} vs ${a.duckdb}`);
    out.push(`| ${label(r)} | ${cells.join(" | ")} |`);
  }
  const failures = results.flatMap((r) => [r.library, r.pipeline, r.cli ?? { ok: true as const }, r.duckdb].filter((m): m is { ok: false; error: string } => !m.ok).map((m) => `- ${label(r)} children: ${m.error.split("\n")[0]}`));
  if (failures.length > 0) out.push("", "Failures:", "", ...failures);
  return out;
}

// ---- the issue-8 targets, judged from this run's figures -----------------------------------

const NATIONAL = 80_000;
const COUNCIL = 5_000;
const PIPELINE_LIMIT_MS = 2_000;
const DUCKDB_RATIO_LIMIT = 0.5;
const WARM_SCORECARD_LIMIT_MS = 50;
const PEAK_RSS_LIMIT_MB = 1024;
/** µs/row at the largest size may be at most this multiple of the 5,000 size's. */
const FLAT_LIMIT = 1.5;
/** Issue 13 (the columnar core): the like-for-like DuckDB ratio is issue 8's 0.5, above. */
const COLUMNAR = { pipelineMs: 1_500, floorRatio: 1.5, peakRssMb: 300, warmScorecardMs: 5, reportFloorRatio: 2, reportPeakRssMb: 400, bigFilePeakRssMb: 1024 } as const;

type Verdict = "met" | "missed" | "not measured";

interface TargetRow {
  target: string;
  figure: string;
  verdict: Verdict;
}

const verdict = (value: number | null, limit: number): Verdict => (value === null ? "not measured" : value <= limit ? "met" : "missed");

function targets(results: SizeResult[]): TargetRow[] {
  const find = (children: number, shape: Shape) => results.find((r) => r.children === children && r.shape === shape);
  const rows: TargetRow[] = [];
  const names: Record<Shape, string> = { all: "with local tables", "903": "903 tables only", compared: "like for like (episodes + header, the five indicators)" };
  const shapes = (["all", "903"] as const).map((shape) => ({ result: find(NATIONAL, shape), name: `${thousands(NATIONAL)} children × 3 years, ${names[shape]}` }));
  for (const { result, name } of shapes) {
    const ms = pipelineMs(result);
    rows.push({ target: `${name}: load + scorecard + series ≤ ${PIPELINE_LIMIT_MS / 1000} s`, figure: ms === null ? "—" : `${seconds(ms)} s`, verdict: verdict(ms, PIPELINE_LIMIT_MS) });
  }
  for (const { result, name } of [...shapes, { result: find(NATIONAL, "compared"), name: `${thousands(NATIONAL)} children × 3 years, ${names.compared}` }]) {
    const ratio = duckdbRatio(result);
    rows.push({ target: `${name}: (load + scorecard) ÷ (DuckDB read + query) ≤ ${DUCKDB_RATIO_LIMIT}`, figure: ratio === null ? "—" : ratio.toFixed(2), verdict: verdict(ratio, DUCKDB_RATIO_LIMIT) });
  }
  const council = libraryOf(find(COUNCIL, "all"));
  rows.push({
    target: `${thousands(COUNCIL)} children: scorecard after load (warm, median) ≤ ${WARM_SCORECARD_LIMIT_MS} ms`,
    figure: council ? `${milliseconds(council.warmScorecardMs)} ms` : "—",
    verdict: verdict(council ? council.warmScorecardMs : null, WARM_SCORECARD_LIMIT_MS),
  });
  for (const { result, name } of shapes) {
    const lib = libraryOf(result);
    rows.push({ target: `${name}: peak RSS ≤ ${thousands(PEAK_RSS_LIMIT_MB)} MB`, figure: lib ? `${lib.peakRssMb.toFixed(0)} MB` : "—", verdict: verdict(lib ? lib.peakRssMb : null, PEAK_RSS_LIMIT_MB) });
  }
  rows.push(flatness(results, "load+validate", (r) => libraryOf(r)?.loadMs ?? null));
  rows.push(flatness(results, "load + scorecard + series", pipelineMs));
  return rows;
}

/** µs/row at every size; met when the largest size (as generated) is within FLAT_LIMIT × the 5,000 size's. */
/** Peak RSS over the rows read: what holding one row costs, all overheads included. */
function bytesPerRow(lib: Extract<LibraryResult, { ok: true }>, r: SizeResult): number {
  return (lib.peakRssMb * 1024 * 1024) / r.rows;
}

/** Issue 13's targets: the same run's figures against the columnar design's goals. */
function columnarTargets(results: SizeResult[], bigFiles: BigFileResult[]): TargetRow[] {
  const result = results.find((r) => r.children === NATIONAL && r.shape === "all");
  const lib = libraryOf(result);
  const ms = pipelineMs(result);
  const name = `${thousands(NATIONAL)} children × 3 years, with local tables`;
  const floorRatio = lib && ms !== null ? ms / lib.floorMs : null;
  const council = libraryOf(results.find((r) => r.children === COUNCIL && r.shape === "all"));
  const cli = result?.cli?.ok ? result.cli : null;
  return [
    { target: `${name}: load + scorecard + series ≤ ${COLUMNAR.pipelineMs / 1000} s`, figure: ms === null ? "—" : `${seconds(ms)} s`, verdict: verdict(ms, COLUMNAR.pipelineMs) },
    { target: `${name}: load + scorecard + series ≤ ${COLUMNAR.floorRatio} × reading and splitting the same CSVs`, figure: floorRatio === null ? "—" : `${floorRatio.toFixed(1)} ×`, verdict: verdict(floorRatio, COLUMNAR.floorRatio) },
    {
      target: `${name}: peak RSS ≤ ${COLUMNAR.peakRssMb} MB`,
      figure: lib && result ? `${lib.peakRssMb.toFixed(0)} MB (${thousands(bytesPerRow(lib, result))} bytes a row)` : "—",
      verdict: verdict(lib ? lib.peakRssMb : null, COLUMNAR.peakRssMb),
    },
    {
      target: `${name}: \`report --format json\` end to end ≤ ${COLUMNAR.reportFloorRatio} × reading and splitting the same CSVs`,
      figure: lib && cli ? `${seconds(cli.reportMs)} s, ${(cli.reportMs / lib.floorMs).toFixed(1)} ×` : "—",
      verdict: verdict(lib && cli ? cli.reportMs / lib.floorMs : null, COLUMNAR.reportFloorRatio),
    },
    { target: `${name}: \`report --format json\` peak RSS ≤ ${COLUMNAR.reportPeakRssMb} MB`, figure: cli ? `${cli.peakRssMb.toFixed(0)} MB` : "—", verdict: verdict(cli ? cli.peakRssMb : null, COLUMNAR.reportPeakRssMb) },
    ...bigFiles.map((big): TargetRow => {
      const read = big.cli.ok && big.notRead === null ? big.cli : null;
      return {
        target: `one return of ${thousands(big.episodeRows)} episode rows (episodes.csv ${big.episodesMegabytes.toFixed(0)} MB): \`report --format json\` peak RSS ≤ ${thousands(COLUMNAR.bigFilePeakRssMb)} MB`,
        figure: read ? `${read.peakRssMb.toFixed(0)} MB (${thousands((read.peakRssMb * 1024 * 1024) / big.episodeRows)} bytes an episode row)` : big.notRead !== null ? `not read: ${big.notRead}` : "—",
        verdict: big.notRead !== null ? "missed" : verdict(read ? read.peakRssMb : null, COLUMNAR.bigFilePeakRssMb),
      };
    }),
    {
      target: `${thousands(COUNCIL)} children: scorecard after load (warm, median) ≤ ${COLUMNAR.warmScorecardMs} ms`,
      figure: council ? `${milliseconds(council.warmScorecardMs)} ms` : "—",
      verdict: verdict(council ? council.warmScorecardMs : null, COLUMNAR.warmScorecardMs),
    },
  ];
}

/** One national episodes.csv (and its header.csv), scored by the CLI. */
function bigFileTable(bigFiles: BigFileResult[]): string[] {
  if (bigFiles.length === 0) return [];
  const out = [
    "| episode rows | episodes.csv MB | header rows | generate s | report (CLI) s | report peak RSS MB | bytes an episode row | exit |",
    "|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const big of bigFiles) {
    const cli = big.cli.ok ? big.cli : null;
    out.push(
      `| ${thousands(big.episodeRows)} | ${big.episodesMegabytes.toFixed(0)} | ${thousands(big.headerRows)} | ${seconds(big.generateMs)} | ${cli ? seconds(cli.reportMs) : "—"} | ${cli ? cli.peakRssMb.toFixed(0) : "—"} | ${cli && big.notRead === null ? thousands((cli.peakRssMb * 1024 * 1024) / big.episodeRows) : "—"} | ${cli ? (big.notRead ? `${cli.exitCode}: not read (${big.notRead})` : String(cli.exitCode)) : big.cli.ok ? "" : big.cli.error.split("\n")[0]} |`,
    );
  }
  return out;
}

function flatness(results: SizeResult[], what: string, ms: (r: SizeResult) => number | null): TargetRow {
  const perRow = (r: SizeResult | undefined) => {
    const time = r ? ms(r) : null;
    return time !== null && r ? (time * 1000) / r.rows : null;
  };
  const base = perRow(results.find((r) => r.children === COUNCIL && r.shape === "all"));
  const largest = results.filter((r) => r.shape === "all").at(-1);
  const top = largest !== undefined && largest.children > COUNCIL ? perRow(largest) : null;
  const multiple = base !== null && top !== null ? top / base : null;
  const sizes = results.map((r) => `${label(r)}: ${perRow(r)?.toFixed(1) ?? "—"}`).join("; ");
  return {
    target: `${what} µs/row roughly flat: largest size ≤ ${FLAT_LIMIT} × the ${thousands(COUNCIL)} size's`,
    figure: multiple === null ? `${sizes} µs/row` : `${sizes} µs/row (${multiple.toFixed(2)} ×)`,
    verdict: verdict(multiple, FLAT_LIMIT),
  };
}

function targetsTable(results: SizeResult[], rows: TargetRow[] = targets(results)): string[] {
  return ["| target | measured | verdict |", "|---|---|---|", ...rows.map((t) => `| ${t.target} | ${t.figure} | ${t.verdict} |`)];
}

// ---- the report ----------------------------------------------------------------------------

/** How a generated size compares with England's children in care at 31 March (indicators.md §6). */
function scale(results: SizeResult[]): string {
  const largest = results.filter((r) => r.shape === "all").at(-1);
  const cla = largest?.library.ok ? largest.library.indicators["cla-count"]?.numerator : largest?.duckdb.ok ? largest.duckdb.indicators["cla-count"].numerator : null;
  if (!largest || cla === null || cla === undefined) return "";
  return `${thousands(largest.children)} children give ${thousands(cla)} in care at the as-at date; England had 83,630 on 31 March 2024.`;
}

/** The committed measurement against the code before the columnar rewrite, when it is there. */
function beforeRewrite(): string[] {
  const file = join(THIS_FILE, "..", "before-rewrite.md");
  if (!existsSync(file)) return [];
  return [
    "## Against the code before the columnar rewrite (issue 13)",
    "",
    "Not measured by this run: the CLI of the commit where the golden outputs were pinned, before the core was",
    "rewritten (314d1e0), against a later one, both in one alternating run on this machine, on the 80,000 size's folder. Written by",
    "`npx tsx benchmarks/compare-reports.ts OLD NEW DIR 5 --markdown benchmarks/before-rewrite.md`; run it again",
    "to bring it up to date. Every figure in the two reports is the same; the JSON differs by wording changed on",
    'purpose since (numbers in the narrative with thousands separators, a repeated warning folded as ", in N records").',
    "",
    readFileSync(file, "utf8").trim(),
    "",
  ];
}

function report(results: SizeResult[], bigFiles: BigFileResult[], years: string[], seed: number, asAt: string, leftOut: string[], previousPage: string): string {
  const lib = results.map((r) => r.library).find((l) => l.ok);
  const national = results.find((r) => r.shape === "903");
  const against = comparisonTable(resultsTable(previousPage), resultsTable(`\n## Results\n\n${tables(results).join("\n")}`));
  const previousMachine = /Load average when the run ended[^\n]*/.exec(previousPage)?.[0];
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
    ...(against.length === 0
      ? []
      : [
          "## Against the previous run",
          "",
          "The same sizes in the figures this page held before this run (the last committed run), before → now, with",
          `now ÷ before. Both are single runs on a shared machine${previousMachine ? ` (the previous run's ${previousMachine.charAt(0).toLowerCase()}${previousMachine.slice(1)})` : ""}:`,
          "read a change of a few percent as noise. *read and split* (the floor) is code a change to the library seldom touches: its",
          "ratio is how much faster or slower the machine itself ran, and the other ratios are best read against it.",
          "",
          ...against,
          "",
        ]),
    ...beforeRewrite(),
    "## Targets (issue 8)",
    "",
    "Judged from the figures of this run above, not asserted by any test: a shared or slower machine can miss a",
    `target that a quiet one meets (see the load average). *not measured*: the size was not in \`--sizes\`.`,
    "",
    ...targetsTable(results),
    "",
    "## Targets (issue 13, the columnar core)",
    "",
    "The same run against the columnar design's goals (docs/architecture.md says what is done and what is not). The",
    "like-for-like DuckDB ratio is issue 8's ≤ 0.5 above.",
    "",
    ...targetsTable(results, columnarTargets(results, bigFiles)),
    "",
    ...(bigFiles.length === 0 ? [] : ["## One national episodes.csv", "", ...bigFileTable(bigFiles), ""]),
    "## What is measured",
    "",
    "- *children*: distinct children in the folder over all years (in care at some point, or care leavers with an OC3",
    `  row). ${scale(results)}`,
    national
      ? `- *${label(national)}*: the largest size's generated folder again without the council's local tables\n  (${leftOut.join(", ")}), which the DfE's national 903 data does not hold: the shape of\n  "three years of national 903 data". Same measurements; no generate time of its own.`
      : "- *903 tables only*: not measured in this run.",
    "- *episodes + header, 5 indicators*: like for like with DuckDB — the largest size's episodes.csv and header.csv",
    "  only (what the baseline reads), loaded and validated the same way, scored on the five indicators the baseline",
    "  computes (a registry of those five). Its DuckDB ratio is the one the issue's ≤ 0.5 target reads most fairly.",
    "- *How the library runs*: each measurement runs in its own Node process, on this file bundled by esbuild as",
    "  tsup builds the published library (benchmarks/bundled.ts). Runs before 4 December 2026 measured the sources",
    "  through tsx, whose `keepNames` wraps every function in `__name` each time a closure is made: the published",
    "  build never paid that, so *Against the previous run* reads lower partly for that reason (see the changelog).",
    "- *generate*: `generate903` building every CSV text in memory (not part of the library).",
    "- *read and split*: the floor: every CSV of the folder read from disk, decoded and split into fields by the",
    "  library's scanner (`CsvScanner`), once, in the same process after the other measurements, on one thread.",
    "  *÷ read and split*: load + scorecard + series over it.",
    "- *load+validate*: `loadFolder903(dir, { asAt })` from src/node.ts — reading, decoding, CSV parsing, value",
    "  checks, issues, and stitching the years into a cohort. *rows/s* and *µs/row* are over every data row of every",
    "  file (all tables, all years). From 6 December 2026, with 32 MiB or more of visits, health assessments,",
    "  reviews and PEPs (the *all* shape at 80,000 children), a worker thread reads those while the main thread",
    "  reads the rest (src/node/readInWorker.ts); the *903* and *compared* shapes have none and read on one thread.",
    "- *scorecard*: `computeScorecard(cohort, { asAt, period: \"year\" })`, every registered indicator with its",
    "  previous value, the first call in the process. *series*: a second, separate call with `series: true`, which",
    "  computes the whole scorecard again plus the values at the 12 month-ends.",
    "- *load + scorecard + series*: the full pipeline from folder to scorecard with its 12-month series, as `report`",
    "  runs it: `loadFolder903`, then `computeScorecard` with `series: true` as the first call on the cohort, timed",
    "  together in a process of their own. Until 4 December 2026 this column was load+validate plus the *series*",
    "  call above, made after the first scorecard had built the cohort's histories and the values kept with them: it",
    "  left that cold cost out (about 0.4 to 0.9 s at 80,000 children), so *Against the previous run* compares it",
    "  with a smaller figure than it measures now.",
    `- *scorecard warm*: the median of further \`computeScorecard(cohort, { asAt, period: "year" })\` calls (no series)`,
    `  in the same process after the calls above: untimed calls for at least ${WARM_UP_MS} ms (and ${WARM_UP_CALLS} calls) so that the JIT`,
    `  has settled, then the calls made in the next ${WARM_TIMED_MS} ms (at least ${WARM_RUNS}). Runs before 4 December 2026 timed`,
    "  the 5 calls right after the series call instead, which caught compiling and collecting. Each call parses the config and",
    "  measures every indicator afresh, with its own per-date cohorts; what it reuses from the first call on the same",
    "  cohort object is each child's derived history (periods of care, placement spells, day indexes: built once per",
    "  cohort and the three options that shape it, src/history/historyIndex.ts historyIndexFor), the values kept with",
    "  it that depend on the data alone (`lasting`: visit, PEP and assessment days, review chains) and the working-day",
    "  answers of the calendar.",
    "  The figure is the cost of one more scorecard (another as-at date, period or config) once the data is loaded.",
    "- *peak RSS*: `process.resourceUsage().maxRSS` of the process that only loads and scores (each measurement runs",
    "  in its own Node process), taken after load, scorecard and series, before the warm scorecards. *bytes/row*:",
    "  peak RSS over the data rows read.",
    "- *DuckDB*: `read_csv` of every episodes.csv and header.csv, the §1.5 year merge, then five indicators in SQL",
    "  (cla-count, starts-count, ends-count, placements-3plus, long-term-stability). It checks no data and knows no",
    "  options, so the ratio (load + scorecard) ÷ (read + query) compares a full validated scorecard with five bare",
    "  queries: read it as the price of validation and the remaining indicators, and watch it across runs.",
    "- *Targets*: the full pipeline, the DuckDB ratio and peak RSS at 80,000 children (as generated and 903 tables",
    "  only); the warm scorecard at 5,000 children (one council); µs/row at the largest size as generated against",
    "  the 5,000 size's.",
    lib && lib.ok ? `- Data-quality issues found in the generated data by cic-scorecard: ${lib.errors} errors, ${lib.warnings} warnings (smallest size).` : "",
    "",
  ].join("\n");
}

function logMeasurement(result: SizeResult): void {
  for (const a of agreement(result)) {
    process.stderr.write(`  ${a.id.padEnd(22)} ${a.agree === null ? "n/a     " : a.agree ? "agree   " : "DISAGREE"} cic-scorecard ${a.library}  DuckDB ${a.duckdb}\n`);
  }
  if (result.library.ok) {
    const runs = result.library.warmRunsMs;
    process.stderr.write(`  warm scorecards         ${runs.length} timed calls, median ${median(runs).toFixed(1)} ms, fastest ${Math.min(...runs).toFixed(1)} ms\n`);
  }
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode === "--measure-library" || mode === "--measure-library-compared" || mode === "--measure-pipeline" || mode === "--measure-pipeline-compared" || mode === "--measure-duckdb") {
    const [dir, asAt] = [process.argv[3]!, process.argv[4]!];
    const result =
      mode === "--measure-duckdb" ? await measureDuckdb(dir, asAt)
      : mode.startsWith("--measure-pipeline") ? await measurePipeline(dir, asAt, mode === "--measure-pipeline-compared")
      : await measureLibrary(dir, asAt, mode === "--measure-library-compared");
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
      // Episode rows of one national episodes.csv, each scored by the CLI ("" for none).
      "big-rows": { type: "string", default: "2000000" },
    },
  });
  const bundles: Bundles = { script: await bundled(THIS_FILE, "scorecard.bench.mjs"), cli: await bundledCli() };
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  const years = values.years.split(",").map((s) => s.trim());
  const seed = Number(values.seed);
  const lastYear = years.map((y) => Number(y.slice(0, 4)) + 1).sort((a, b) => b - a)[0]!;
  const asAt = `${lastYear}-03-31`;
  const results: SizeResult[] = [];
  let leftOut: string[] = [];
  for (const [position, children] of sizes.entries()) {
    process.stderr.write(`${children} children × ${years.length} years…\n`);
    const started = performance.now();
    const files = generate903({ children, years, seed });
    const generateMs = performance.now() - started;
    if (position === sizes.length - 1) leftOut = leftOutTables(files);
    // The largest size is measured again as the national shape and like for like.
    const shapes: Shape[] = position === sizes.length - 1 ? ["all", "903", "compared"] : ["all"];
    for (const shape of shapes) {
      if (shape !== "all") process.stderr.write(`${children} children × ${years.length} years${SHAPE_LABELS[shape]}…\n`);
      const result = measureFolder(filesOf(files, shape), { children, shape, generateMs: shape === "all" ? generateMs : null }, asAt, values.keep, bundles);
      results.push(result);
      logMeasurement(result);
    }
  }
  const bigFiles: BigFileResult[] = [];
  for (const rows of values["big-rows"].split(",").map((r) => Number(r.trim())).filter((r) => r > 0)) {
    process.stderr.write(`one episodes.csv of about ${thousands(rows)} rows…\n`);
    bigFiles.push(measureBigFile(rows, seed, values.keep, bundles.cli));
  }
  process.stdout.write(`\n${tables(results).join("\n")}\n\n${bigFileTable(bigFiles).join("\n")}\n\nTargets (issue 8):\n\n${targetsTable(results).join("\n")}\n`);
  process.stdout.write(`\nTargets (issue 13, the columnar core):\n\n${targetsTable(results, columnarTargets(results, bigFiles)).join("\n")}\n`);
  if (!values["no-docs"]) {
    const target = join(THIS_FILE, "..", "..", "docs", "benchmarks.md");
    const previousPage = existsSync(target) ? readFileSync(target, "utf8") : "";
    writeFileSync(target, report(results, bigFiles, years, seed, asAt, leftOut, previousPage));
    process.stdout.write(`\nwrote ${target}\n`);
  }
}

await main();
