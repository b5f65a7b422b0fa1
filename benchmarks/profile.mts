/**
 * One load and one scorecard (SERIES=1 adds the 12-month series), for CPU profiles:
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof benchmarks/profile.mts /tmp/903
 * The larger .cpuprofile is the main thread. Prints wall times only; `npm run bench` is the benchmark.
 */
import { loadFolder903 } from "../src/node.js";
import { computeScorecard } from "../src/scorecard/computeScorecard.js";
import { dayFromIso } from "../src/dates/day.js";
const t0 = performance.now();
const { cohort } = await loadFolder903(process.argv[2]!, { asAt: dayFromIso("2019-03-31") });
const t1 = performance.now();
const r = computeScorecard(cohort, { asAt: "2019-03-31", period: "year", population: 500000, series: process.env.SERIES === "1" });
const t2 = performance.now();
console.log(`load ${(t1 - t0).toFixed(0)} ms, scorecard ${(t2 - t1).toFixed(0)} ms, children ${cohort.children.length}, cla ${r.indicators[0]!.value}`);
