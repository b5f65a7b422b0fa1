/**
 * Loading one folder with two checkouts of cic-scorecard, alternating process by process, so
 * that a busy machine slows both alike: `loadFolder903(dir, { asAt })` in a fresh Node process
 * each time (so each peak RSS is its own), timing the reading (up to the `stitching` progress
 * event) and the stitching apart. Each checkout is bundled as the library ships (`bundled`).
 * Prints the medians, their ratio, and every run.
 *
 *   git worktree add --detach /tmp/cic-old <commit> && ln -s "$PWD/node_modules" /tmp/cic-old/node_modules
 *   npx tsx benchmarks/generator/cli.ts --children 80000 --out /tmp/903-80k
 *   npx tsx benchmarks/compare-loads.ts /tmp/cic-old . /tmp/903-80k 8
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundled } from "./bundled.js";
import { median } from "./median.js";

const MEASURES = ["reading", "stitching", "loading", "peakRssMb"] as const;
type Run = Record<(typeof MEASURES)[number], number>;

/** The script one process runs: one load of the folder, its times and peak RSS as JSON. */
function loadScript(root: string): string {
  return `
import { loadFolder903 } from ${JSON.stringify(join(root, "src/node.js"))};
import { dayFromIso } from ${JSON.stringify(join(root, "src/dates/day.js"))};
const started = performance.now();
let stitching = started;
await loadFolder903(process.argv[2], { asAt: dayFromIso("2019-03-31"), onProgress: (p) => { if (p.stage === "stitching") stitching = performance.now(); } });
const ended = performance.now();
console.log(JSON.stringify({ reading: stitching - started, stitching: ended - stitching, loading: ended - started, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
`;
}

const [before, after, folder, rounds = "8"] = process.argv.slice(2);
if (!before || !after || !folder) {
  process.stderr.write("usage: compare-loads.ts BEFORE AFTER FOLDER [ROUNDS]\n");
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), "cic-compare-loads-"));
const scripts: string[] = [];
for (const [k, checkout] of [before, after].entries()) {
  const entry = join(scratch, `load-${k}.ts`);
  writeFileSync(entry, loadScript(resolve(checkout)));
  scripts.push(await bundled(entry, `compare-load-${k}.mjs`));
}
rmSync(scratch, { recursive: true, force: true });

const runs: Run[][] = [[], []];
for (let round = 0; round < Number(rounds); round += 1) {
  scripts.forEach((script, k) => {
    const child = spawnSync(process.execPath, [script, resolve(folder)], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`checkout ${k === 0 ? before : after} failed: ${child.stderr}`);
    runs[k]!.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as Run);
  });
}
for (const measure of MEASURES) {
  const [b, a] = runs.map((list) => median(list.map((run) => run[measure])));
  const unit = measure === "peakRssMb" ? " MB" : " ms";
  process.stdout.write(`${measure.padEnd(10)} before ${b!.toFixed(0)}${unit}  after ${a!.toFixed(0)}${unit}  after ÷ before ${(a! / b!).toFixed(2)}\n`);
}
process.stdout.write(`runs (before; after), ms and MB:\n${runs.map((list) => list.map((run) => MEASURES.map((m) => run[m].toFixed(0)).join("/")).join(" ")).join(";\n")}\n`);
