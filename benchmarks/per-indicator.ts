/**
 * Where one more as-at date goes: each indicator of the registry timed at new as-at dates on a
 * loaded, already scored cohort (its history built, its values found once per cohort kept), in
 * registry order, so a value several indicators share is charged to the first that asks. Prints
 * ms per date, largest first, and the total. A profile of the series, not a target.
 *
 *   npx tsx benchmarks/generator/cli.ts --children 80000 --out /tmp/903-80k
 *   npx tsx benchmarks/per-indicator.ts /tmp/903-80k
 */
import { dayFromIso } from "../src/dates/day.js";
import { loadFolder903 } from "../src/node.js";
import { computeScorecard } from "../src/scorecard/computeScorecard.js";
import { createRun } from "../src/scorecard/run.js";

const folder = process.argv[2];
if (!folder) {
  process.stderr.write("usage: per-indicator.ts FOLDER (a generated folder, years 2016-17 to 2018-19)\n");
  process.exit(2);
}
const { cohort } = await loadFolder903(folder, { asAt: dayFromIso("2019-03-31") });
computeScorecard(cohort, { asAt: "2019-03-31", period: "year" });
const dates = ["2018-04-30", "2018-05-31", "2018-06-30", "2018-07-31", "2018-08-31", "2018-09-30"].map(dayFromIso);
const totals = new Map<string, number>();
for (const day of dates) {
  const run = createRun(cohort, { period: "year" }); // a run of its own: nothing per date is kept from the last
  for (const definition of run.registry) {
    const started = performance.now();
    run.measure(definition, day);
    totals.set(definition.id, (totals.get(definition.id) ?? 0) + performance.now() - started);
  }
}
const rows = [...totals].sort((a, b) => b[1] - a[1]);
for (const [id, ms] of rows) process.stdout.write(`${(ms / dates.length).toFixed(1).padStart(8)} ms  ${id}\n`);
process.stdout.write(`${(rows.reduce((sum, [, ms]) => sum + ms, 0) / dates.length).toFixed(1).padStart(8)} ms  per as-at date, ${dates.length} dates\n`);
