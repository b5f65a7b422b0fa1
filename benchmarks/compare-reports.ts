/**
 * `report --format json` end to end with two built checkouts of cic-scorecard (each one's
 * dist/cli.js, `npm run build`), alternating process by process so that a busy machine slows
 * both alike: the wall time of each process and its peak RSS, their medians and ratio, and
 * whether the two wrote the same JSON. docs/architecture.md's table against the code before
 * the columnar rewrite was measured with it.
 *
 *   git worktree add --detach /tmp/cic-old 314d1e0 && ln -s "$PWD/node_modules" /tmp/cic-old/node_modules
 *   (cd /tmp/cic-old && npm run build) && npm run build
 *   npx tsx benchmarks/generator/cli.ts --children 80000 --out /tmp/903-80k
 *   npx tsx benchmarks/compare-reports.ts /tmp/cic-old . /tmp/903-80k 5
 *
 * With `--markdown FILE` it also writes the medians as a table, with the two commits, the folder's
 * size and the date: benchmarks/before-rewrite.md, which `npm run bench` copies into
 * docs/benchmarks.md, was written so.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { median } from "./median.js";

const AS_AT = "2019-03-31";
/**
 * Preloaded into each CLI process: its peak RSS, written as it exits. `--import` runs in the
 * reading worker too (a worker inherits the process's flags), whose exit comes first and would
 * report the peak so far: only the main thread reports.
 */
const ON_EXIT = [
  'import { isMainThread } from "node:worker_threads";',
  'if (isMainThread) process.on("exit", () => process.stderr.write(`\\ncic-compare ${process.resourceUsage().maxRSS}\\n`));',
  "",
].join("\n");

interface Run {
  seconds: number;
  peakRssMb: number;
  json: string;
}

function runReport(checkout: string, folder: string, onExit: string): Run {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ["--import", pathToFileURL(onExit).href, join(resolve(checkout), "dist", "cli.js"), "report", "--data", folder, "--as-at", AS_AT, "--format", "json"],
    { encoding: "utf8", maxBuffer: 1 << 30 },
  );
  const seconds = (performance.now() - started) / 1000;
  const rssKb = /cic-compare (\d+)/.exec(child.stderr)?.[1];
  if (rssKb === undefined) throw new Error(`${checkout}: report did not finish (exit ${child.status}): ${child.stderr.slice(0, 500)}`);
  return { seconds, peakRssMb: Number(rssKb) / 1024, json: child.stdout };
}

const args = process.argv.slice(2);
const markdownAt = args.indexOf("--markdown");
const markdownFile = markdownAt >= 0 ? args.splice(markdownAt, 2)[1] : undefined;
const [before, after, folder, rounds = "5"] = args;
if (!before || !after || !folder || !(Number(rounds) >= 1) || (markdownAt >= 0 && !markdownFile)) {
  process.stderr.write("usage: compare-reports.ts BEFORE AFTER FOLDER [ROUNDS] [--markdown FILE]   (each checkout built: dist/cli.js)\n");
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), "cic-compare-reports-"));
const onExit = join(scratch, "on-exit.mjs");
writeFileSync(onExit, ON_EXIT);
const runs: Run[][] = [[], []];
try {
  for (let round = 0; round < Number(rounds); round += 1) {
    [before, after].forEach((checkout, k) => runs[k]!.push(runReport(checkout, resolve(folder), onExit)));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const [b, a] = runs.map((list) => ({ seconds: median(list.map((r) => r.seconds)), peakRssMb: median(list.map((r) => r.peakRssMb)) })) as [Run, Run];
const ratio = (x: number, y: number) => (y / x).toFixed(2);
process.stdout.write(`report --format json at ${AS_AT}, ${rounds} alternating rounds, medians:\n`);
process.stdout.write(`  time  before ${b.seconds.toFixed(2)} s   after ${a.seconds.toFixed(2)} s   after ÷ before ${ratio(b.seconds, a.seconds)}\n`);
process.stdout.write(`  peak  before ${b.peakRssMb.toFixed(0)} MB   after ${a.peakRssMb.toFixed(0)} MB   after ÷ before ${ratio(b.peakRssMb, a.peakRssMb)}\n`);
process.stdout.write(`  the same JSON: ${runs[0]![0]!.json === runs[1]![0]!.json ? "yes" : "no (a report's wording or figures differ: compare them)"}\n`);
process.stdout.write(`runs (before; after), s/MB:\n${runs.map((list) => list.map((r) => `${r.seconds.toFixed(2)}/${r.peakRssMb.toFixed(0)}`).join(" ")).join(";\n")}\n`);

if (markdownFile !== undefined) writeFileSync(markdownFile, markdown(b, a));

/** The medians as a markdown table, with what was compared, on what and when. */
function markdown(b: Run, a: Run): string {
  const megabytes = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? megabytes(join(dir, e.name)) : statSync(join(dir, e.name)).size / 1e6), 0);
  const same = runs[0]![0]!.json === runs[1]![0]!.json;
  return [
    `\`report --data DIR --as-at ${AS_AT} --format json\` on a folder of ${megabytes(resolve(folder!)).toFixed(1)} MB of CSV, ` +
      `${commitOf(before!)} against ${commitOf(after!)}, each checkout's built CLI in a process of its own, alternating, medians of ` +
      `${rounds} (benchmarks/compare-reports.ts, ${new Date().toISOString().slice(0, 10)}; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(" / ")}):`,
    "",
    "| measure | before | after | after ÷ before |",
    "|---|---:|---:|---:|",
    `| time | ${b.seconds.toFixed(2)} s | ${a.seconds.toFixed(2)} s | ${ratio(b.seconds, a.seconds)} |`,
    `| peak RSS | ${b.peakRssMb.toFixed(0)} MB | ${a.peakRssMb.toFixed(0)} MB | ${ratio(b.peakRssMb, a.peakRssMb)} |`,
    "",
    `The two wrote ${same ? "the same JSON" : "different JSON: a report's figures or its wording differ"}.`,
    "",
  ].join("\n");
}

/** A checkout's commit, or its folder's name when it is not a git work tree. */
function commitOf(checkout: string): string {
  const git = spawnSync("git", ["-C", checkout, "rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  return git.status === 0 ? git.stdout.trim() : basename(resolve(checkout));
}
