import { type DfeBenchmarkRequest, type ScorecardConfig, parseConfig } from "../config/config.js";
import { type Day, dayFromYmd } from "../dates/day.js";
import { CicScorecardError } from "../errors.js";
import type { BenchmarkInput } from "../evaluate/evaluate.js";
import { BUILT_IN_INDICATORS } from "../indicators/registry.js";
import type { IndicatorDefinition, Unit } from "../indicators/types.js";
import { Decimal, roundHalfUp, toNumber } from "../numbers/decimal.js";
import { asAtDay } from "../scorecard/run.js";
import type { DfeData } from "./types.js";

/**
 * Benchmarks joined from the DfE's published local-authority figures (issue 17, interface.md
 * §7 top-level `benchmarks`): for every indicator the data covers, the council's own figure for
 * the latest year published by the as-at date, its statistical neighbours' average, its region's
 * and England's. Pure; the data is passed in, so the pure entry never loads it.
 */
export const ENGLAND = "E92000001";

/** One local authority of the data. */
export interface DfeLocalAuthority {
  oldCode: string;
  onsCode: string;
  name: string;
  regionCode: string;
  regionName: string;
  neighbours: { "2021": readonly string[]; "2025": readonly string[] };
}

/**
 * The LA an old code, ONS code or name (any case) stands for, or null.
 *
 * @example
 * ```ts
 * findLocalAuthority(DFE_DATA, "874")?.name; // "Peterborough" (old code, ONS code or name)
 * ```
 */
export function findLocalAuthority(data: DfeData, la: string): DfeLocalAuthority | null {
  const wanted = la.trim().toLowerCase();
  const row = data.las.find(([oldCode, onsCode, name]) => oldCode === wanted || onsCode.toLowerCase() === wanted || name.toLowerCase() === wanted);
  if (row === undefined) return null;
  const [oldCode, onsCode, name, regionCode, regionName, sn2021, sn2025] = row;
  return { oldCode, onsCode, name, regionCode, regionName, neighbours: { "2021": sn2021, "2025": sn2025 } };
}

/**
 * The latest reporting year (of the 31 March ending it) published by `asAt`: the DfE publishes
 * year Y in the November or December after (late September for the 2016 and 2017 SFRs), so Y
 * counts from 1 December of Y (1 October for Y ≤ 2017).
 *
 * @example
 * ```ts
 * publishedBy(2018, dayFromIso("2019-01-31")); // true: the 2017-18 figures were out by then
 * ```
 */
export function publishedBy(year: number, asAt: Day): boolean {
  return asAt >= (year <= 2017 ? dayFromYmd(year, 10, 1) : dayFromYmd(year, 12, 1));
}

/**
 * `2017-18` for reporting year 2018.
 *
 * @example
 * ```ts
 * yearLabel(2018); // "2017-18"
 * ```
 */
export function yearLabel(year: number): string {
  return `${year - 1}-${String(year % 100).padStart(2, "0")}`;
}

/** The DfE's rows for an indicator under the scorecard's options: care leavers by `careLeaverAges`. */
function figuresOf(data: DfeData, id: string, careLeaverAges: string): DfeData["figures"][string] | undefined {
  return data.figures[`${id}|${id.startsWith("care-leavers-") ? careLeaverAges : ""}`];
}

/**
 * Mean or median of the neighbours' values, presented like the indicator (whole for counts, else 1 dp).
 *
 * @example
 * ```ts
 * neighbourAverage([64, 87, 49], "median", "rate-per-10k"); // 64
 * neighbourAverage([5.1, 6.2], "mean", "percent"); // 5.7
 * ```
 */
export function neighbourAverage(values: readonly number[], how: "mean" | "median", unit: Unit): number | null {
  if (values.length === 0) return null;
  const places = unit === "count" ? 0 : 1;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const exact =
    how === "mean"
      ? sorted.reduce((sum, v) => sum.plus(v), new Decimal(0)).div(sorted.length)
      : sorted.length % 2 === 1
        ? new Decimal(sorted[middle]!)
        : new Decimal(sorted[middle - 1]!).plus(sorted[middle]!).div(2);
  return toNumber(roundHalfUp(exact, places));
}

/**
 * The benchmark rows of one indicator, or none when the DfE publishes nothing for it by then
 * (a year before coverage, an indicator it does not publish): never a zero. Counts get the LA's
 * own figure and the neighbours' average only (a region's or England's count is no comparator).
 *
 * @example
 * ```ts
 * const la = findLocalAuthority(DFE_DATA, "Peterborough")!;
 * const indicator = findIndicator(BUILT_IN_INDICATORS, "cla-rate");
 * dfeBenchmarkRows(DFE_DATA, la, { la: "Peterborough", neighbours: "2021", neighbourAverage: "mean" }, indicator, dayFromIso("2019-01-31"), "19-21");
 * // [{ name: "Peterborough last year", year: "2017-18", value: … }, statistical neighbours, region, England]
 * ```
 */
export function dfeBenchmarkRows(
  data: DfeData,
  la: DfeLocalAuthority,
  request: DfeBenchmarkRequest,
  indicator: Pick<IndicatorDefinition, "id" | "unit">,
  asAt: Day,
  careLeaverAges: string,
): BenchmarkInput[] {
  const byYear = figuresOf(data, indicator.id, careLeaverAges);
  if (byYear === undefined) return [];
  const years = Object.keys(byYear).map(Number).filter((y) => byYear[y]![ENGLAND] !== undefined && publishedBy(y, asAt));
  if (years.length === 0) return [];
  const year = Math.max(...years);
  const cells = byYear[year]!;
  const label = yearLabel(year);
  const rows: BenchmarkInput[] = [];
  const cell = (name: string, code: string) => {
    const value = cells[code];
    if (value !== undefined) rows.push({ name, year: label, value: value as BenchmarkInput["value"] });
  };
  cell(`${la.name} last year`, la.oldCode);
  const neighbours = la.neighbours[request.neighbours];
  const values = neighbours.map((code) => cells[code]).filter((v): v is number => typeof v === "number");
  const average = neighbourAverage(values, request.neighbourAverage, indicator.unit);
  if (average !== null) {
    // The count used shows when some neighbours had no published value (a mark, or no LA then).
    const used = values.length < neighbours.length ? `, ${values.length} of ${neighbours.length} neighbours` : "";
    rows.push({ name: "Statistical neighbours", year: `${label}${used}`, value: average });
  }
  if (indicator.unit !== "count") {
    cell(la.regionName, la.regionCode);
    cell("England", ENGLAND);
  }
  return rows;
}

/**
 * The config with the DfE's benchmarks joined to every indicator they cover, after the ones
 * given by hand (which win by name). A config without top-level `benchmarks` comes back parsed
 * and otherwise unchanged.
 *
 * @example
 * const config = withDfeBenchmarks({ benchmarks: { la: "874" } }, DFE_DATA, "2019-01-31");
 * computeScorecard(cohort, { asAt: "2019-01-31", config });
 * @throws CicScorecardError `invalid_config` when `benchmarks.la` names no English local authority.
 */
export function withDfeBenchmarks(
  config: unknown,
  data: DfeData,
  asAt: Day | string,
  registry: readonly IndicatorDefinition[] = BUILT_IN_INDICATORS,
): ScorecardConfig {
  const parsed = parseConfig(config, registry);
  const request = parsed.benchmarks;
  if (request === null) return parsed;
  const la = findLocalAuthority(data, request.la);
  if (la === null) {
    throw new CicScorecardError("invalid_config", `config: benchmarks.la "${request.la}" is not an English local authority (old code such as 874, ONS code or name)`, request.la);
  }
  const day = asAtDay(asAt);
  const indicators = { ...parsed.indicators };
  for (const definition of registry) {
    const joined = dfeBenchmarkRows(data, la, request, definition, day, parsed.options.careLeaverAges);
    if (joined.length === 0) continue;
    const settings = indicators[definition.id] ?? { benchmarks: [] };
    const byHand = new Set(settings.benchmarks.map((b) => b.name));
    indicators[definition.id] = { ...settings, benchmarks: [...settings.benchmarks, ...joined.filter((b) => !byHand.has(b.name))] };
  }
  return { ...parsed, indicators };
}
