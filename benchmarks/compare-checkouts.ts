/**
 * Two checkouts of cic-scorecard timed in one process, alternating call by call, so that a
 * busy machine slows both alike: a further scorecard on a scored cohort ("warm") or a scorecard
 * with its 12-month series ("series"), on one folder. Prints the medians and their ratio.
 *
 *   git worktree add --detach /tmp/cic-old <commit> && ln -s "$PWD/node_modules" /tmp/cic-old/node_modules
 *   npx tsx benchmarks/generator/cli.ts --children 5000 --out /tmp/903-5k
 *   npx tsx benchmarks/compare-checkouts.ts /tmp/cic-old . /tmp/903-5k warm 40
 *
 * Each checkout loads the folder itself (its own reader and cohort) before the timed calls.
 */
import { resolve } from "node:path";

type Run = () => unknown;

async function prepare(checkout: string, folder: string, mode: string): Promise<Run> {
  const root = resolve(checkout);
  const { loadFolder903 } = await import(`${root}/src/node.js`);
  const { computeScorecard } = await import(`${root}/src/scorecard/computeScorecard.js`);
  const { dayFromIso } = await import(`${root}/src/dates/day.js`);
  const { cohort } = await loadFolder903(folder, { asAt: dayFromIso(ASAT) });
  const run = () => computeScorecard(cohort, { asAt: ASAT, period: "year", series: mode === "series" });
  for (let i = 0; i < 3; i += 1) run(); // the first call builds the history; the JIT warms up
  return run;
}

const ASAT = "2019-03-31";
const [before, after, folder, mode = "warm", reps = "30"] = process.argv.slice(2);
if (!before || !after || !folder || (mode !== "warm" && mode !== "series")) {
  process.stderr.write("usage: compare-checkouts.ts BEFORE AFTER FOLDER [warm|series] [REPS]\n");
  process.exit(2);
}
const runs = [await prepare(before, folder, mode), await prepare(after, folder, mode)];
const times: number[][] = [[], []];
for (let rep = 0; rep < Number(reps); rep += 1) {
  runs.forEach((run, k) => {
    const started = performance.now();
    run();
    times[k]!.push(performance.now() - started);
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const [a, b] = times.map(median) as [number, number];
process.stdout.write(`${mode} at ${ASAT}, median of ${reps}: before ${a.toFixed(1)} ms, after ${b.toFixed(1)} ms, after ÷ before ${(b / a).toFixed(2)}\n`);
