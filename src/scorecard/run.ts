import { type ScorecardConfig, parseConfig } from "../config/config.js";
import { BankHolidayCalendar, defaultCalendar } from "../dates/bankHolidays.js";
import { collectionYearEnd, collectionYearEndOf, collectionYearStart } from "../dates/collectionYear.js";
import { type Day, dayFromIso, isDay, isoFromDay, parseIsoDay } from "../dates/day.js";
import { PERIOD_KINDS, type PeriodKind, reportingPeriod } from "../dates/periods.js";
import { type PresentedFigure, presentFigure } from "../evaluate/suppression.js";
import { CicScorecardError } from "../errors.js";
import { historyIndexFor } from "../history/historyIndex.js";
import { BUILT_IN_INDICATORS } from "../indicators/registry.js";
import type { IndicatorContext, IndicatorDefinition, Measurement } from "../indicators/types.js";
import { NO_DAY } from "../model/childRows.js";
import { type Cohort, tablesPresent } from "../model/cohort.js";

/**
 * One scorecard run: the cohort, its derived history and the settings shared by every
 * indicator and every as-at date (R, R′, the series). The history is built once.
 */
export interface ScorecardRun {
  cohort: Cohort;
  registry: readonly IndicatorDefinition[];
  config: ScorecardConfig;
  periodKind: PeriodKind;
  population: number | null;
  /** 1 April of the input's earliest collection year: figures before it are not given. */
  dataStart: Day | null;
  context(asAt: Day): IndicatorContext;
  /** The measurement (with its members) and its figure, computed afresh. */
  measure(definition: IndicatorDefinition, asAt: Day): { measurement: Measurement; figure: PresentedFigure };
  /** The figure alone, computed once per (indicator, day) of the run: previous values and series. */
  figure(definition: IndicatorDefinition, asAt: Day): PresentedFigure;
  /**
   * Lets go of what the indicators shared at `asAt` (its context and the cohorts derived at it):
   * its figures stay. A date asked for again is worked out again.
   */
  forget(asAt: Day): void;
}

export interface RunSettings {
  period?: PeriodKind;
  population?: number | null;
  config?: unknown;
  indicators?: readonly IndicatorDefinition[];
}

export function createRun(cohort: Cohort, settings: RunSettings): ScorecardRun {
  const registry = settings.indicators ?? BUILT_IN_INDICATORS;
  const periodKind = settings.period ?? "year";
  if (!PERIOD_KINDS.includes(periodKind)) {
    throw new CicScorecardError("invalid_argument", `period must be one of ${PERIOD_KINDS.join(", ")}, got ${JSON.stringify(periodKind)}`, periodKind);
  }
  const config = parseConfig(settings.config, registry);
  const population = settings.population ?? config.population;
  if (population !== null && !(Number.isSafeInteger(population) && population > 0)) {
    throw new CicScorecardError("invalid_argument", `population must be a positive whole number, got ${String(population)}`, population);
  }
  const { options } = config;
  const calendar = calendarFor(options.bankHolidays);
  const tables = tablesPresent(cohort);
  // One context per as-at date, shared by every indicator measured at it (frozen: none may change it for the others).
  const contexts = new Map<Day, IndicatorContext>();
  const context = (asAt: Day): IndicatorContext => {
    let atDate = contexts.get(asAt);
    if (atDate === undefined) {
      // Each date its own shared values (`HistoryIndex.shared`), over the one history: let go with the date.
      atDate = Object.freeze({ cohort, asAt, period: reportingPeriod(asAt, periodKind), periodKind, options, calendar, tables, history: historyIndexFor(cohort, options) });
      contexts.set(asAt, atDate);
    }
    return atDate;
  };
  // R′ is usually also a series point, and R is one: each (indicator, day) is measured once.
  // Only figures are kept: the members of a dozen dates would be millions of ids held to the end.
  const figures = new Map<string, PresentedFigure>();
  const measure = (definition: IndicatorDefinition, asAt: Day) => {
    const measurement = definition.compute(context(asAt));
    const figure = presentFigure(definition.unit, measurement, population, config.suppression);
    figures.set(`${definition.id}@${asAt}`, figure);
    return { measurement, figure };
  };
  return {
    cohort, registry, config, periodKind, population, dataStart: dataStartOf(cohort), context, measure,
    figure(definition, asAt) {
      return figures.get(`${definition.id}@${asAt}`) ?? measure(definition, asAt).figure;
    },
    forget(asAt) {
      contexts.delete(asAt);
    },
  };
}

/**
 * The published calendar, shared by every run (its remembered working-day answers too), unless
 * the config adds or removes bank holidays: then a calendar of the run's own.
 */
function calendarFor(changes: { add: readonly string[]; remove: readonly string[] }): BankHolidayCalendar {
  if (changes.add.length === 0 && changes.remove.length === 0) return defaultCalendar;
  return new BankHolidayCalendar({ add: changes.add.map(dayFromIso), remove: changes.remove.map(dayFromIso) });
}

/** A Day, or ISO text that is a real date; anything else is misuse. */
export function asAtDay(asAt: unknown): Day {
  if (typeof asAt === "string") {
    const day = parseIsoDay(asAt);
    if (day !== null) return day;
  } else if (isDay(asAt)) {
    return asAt;
  }
  throw new CicScorecardError("invalid_argument", `asAt must be a real YYYY-MM-DD date or a whole day number, got ${JSON.stringify(asAt) ?? String(asAt)}`, asAt);
}

/** A cohort as `loadReturn903` or `buildCohort` makes it, else an `invalid_argument` error (not a TypeError later). */
export function assertCohort(cohort: unknown): asserts cohort is Cohort {
  const ok = typeof cohort === "object" && cohort !== null && Array.isArray((cohort as Cohort).children) && Array.isArray((cohort as Cohort).years);
  if (!ok) throw new CicScorecardError("invalid_argument", "cohort must be the cohort loadReturn903 or buildCohort returns ({ years, children })", cohort);
}

/** The end years of the input's year folders (none for a single return of unknown year). */
function knownEndYears(cohort: Cohort): number[] {
  return cohort.years.map((y) => y.endYear).filter((y): y is number => y !== null);
}

/**
 * 31 March of the latest input collection year; for a single return of unknown year, that of
 * the collection year of its latest episode date (DECOM or DEC). No episodes: null.
 */
export function dataEndOf(cohort: Cohort): Day | null {
  const endYears = knownEndYears(cohort);
  if (endYears.length > 0) return collectionYearEnd(Math.max(...endYears));
  const latest = latestEpisodeDay(cohort);
  return latest === null ? null : collectionYearEnd(collectionYearEndOf(latest));
}

/** The latest DECOM or DEC of any episode; null without episodes. */
export function latestEpisodeDay(cohort: Cohort): Day | null {
  const { start, end } = cohort.episodes.columns;
  let latest = -Infinity;
  for (let row = 0; row < start.length; row += 1) latest = Math.max(latest, end[row] === NO_DAY ? start[row]! : end[row]!);
  return latest === -Infinity ? null : (latest as Day);
}

/**
 * The as-at date falls outside the years the data covers: a sentence saying so, or null. The
 * figures are still given (they count what the data holds), but a reader must be told.
 */
export function asAtOutsideData(cohort: Cohort, asAt: Day): string | null {
  const start = dataStartOf(cohort);
  const end = dataEndOf(cohort);
  if (start !== null && asAt < start) return `the as-at date ${isoFromDay(asAt)} is before the data's first collection year (from ${isoFromDay(start)}): figures count only what the data holds`;
  if (end !== null && asAt > end) return `the as-at date ${isoFromDay(asAt)} is after the data's last collection year (to ${isoFromDay(end)}): figures count only what the data holds`;
  return null;
}

/**
 * 1 April of the earliest input collection year. A single return's year is unknown (data.md
 * §1): its year is taken to be the collection year of its earliest episode start, so that a
 * figure is never compared with a date before any episode is known. No episodes: no limit.
 */
export function dataStartOf(cohort: Cohort): Day | null {
  const endYears = knownEndYears(cohort);
  if (endYears.length > 0) return collectionYearStart(Math.min(...endYears));
  const { start } = cohort.episodes.columns;
  let earliest = Infinity;
  for (let row = 0; row < start.length; row += 1) earliest = Math.min(earliest, start[row]!);
  return earliest === Infinity ? null : collectionYearStart(collectionYearEndOf(earliest as Day));
}
