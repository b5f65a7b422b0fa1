import type { Day } from "../dates/day.js";
import { ChildRows, HEALTH_ASSESSMENT_CODEC, VISIT_CODEC } from "./childRows.js";
import type { CohortEpisodes } from "./cohortEpisodes.js";
import type {
  Ad1Record, EpisodeRecord, HealthAssessmentRecord, MissingRecord, Oc2Record, Oc3Record,
  PathwayPlanRecord, PlacedForAdoptionRecord, VisitRecord,
} from "./records.js";
import type { TableName } from "./tables.js";

/**
 * A stitched cohort: one history per child across every collection year of the input
 * (indicators.md §1.5). Built by `buildCohort` from a `Return903`; what every indicator reads.
 */
export interface Cohort {
  /** Input years, oldest first. A single return is one entry with label and endYear null. */
  years: CohortYear[];
  /** Every child any table names, sorted by id in code-point order. */
  children: ChildRecord[];
  /**
   * The local visits and health assessments of every child, as columns by cohort position
   * (`visits.of(position, childId)` makes a child's records): the two largest local tables,
   * kept without an object per row. Each child's visits by date then read order; its
   * assessments one per DATE and TYPE (the last in read order), by date then read order.
   */
  visits: ChildRows<VisitRecord>;
  healthAssessments: ChildRows<HealthAssessmentRecord>;
  /**
   * Every child's episodes, as columns by cohort position (`episodes.of(position, childId)`
   * makes a child's `Episode` objects): sorted by (start, closed before open, end, readOrder),
   * the chaining order of §1.6. A hand-built cohort gives `CohortEpisodes.of(lists)`.
   */
  episodes: CohortEpisodes;
}

/**
 * The cohort's column tables with no rows, for `children` children: a cohort built by hand without visits or assessments.
 *
 * @example
 * ```ts
 * const cohort: Cohort = { years: [{ label: null, endYear: null, tables: ["episodes"] }], children, episodes: CohortEpisodes.of([episodesOfFirstChild]), ...noDatedRows(children.length) };
 * ```
 */
export function noDatedRows(children: number): Pick<Cohort, "visits" | "healthAssessments"> {
  return { visits: ChildRows.empty(VISIT_CODEC, children), healthAssessments: ChildRows.empty(HEALTH_ASSESSMENT_CODEC, children) };
}

export interface CohortYear {
  label: string | null;
  endYear: number | null;
  tables: TableName[];
}

/** An episode after stitching. Postcodes are normalised (upper-case, no spaces); URN XXXXXXX → null. */
export interface Episode extends Omit<EpisodeRecord, "placementPostcode" | "urn"> {
  placementPostcode: string | null;
  urn: string | null;
  /** Open in an earlier year and not repeated by any later year (data.md §4 `stale-open-episode`). */
  stale: boolean;
  /**
   * A stale open episode cut at 31 March of its return's year (`staleOpenEpisodes: "truncate"`,
   * indicators.md §1.5): `end` is that 31 March and is covered (the child is in care on it);
   * it is not an end of care (no REC). False in the stitched cohort; set only in a history.
   */
  truncated: boolean;
  /** Collection end year of the return the kept row came from (null for a single return). */
  endYear: number | null;
}

export interface ChildRecord {
  childId: string;
  /** From header.csv (last in read order), else the most recent DOB in another 903 table. */
  dateOfBirth: Day | null;
  sex: string | null;
  ethnicity: string | null;
  hasHeader: boolean;
  /** Distinct review dates, ascending. */
  reviews: Day[];
  /** The uasc.csv record (last in read order), or null when the child is not in it. */
  uasc: { ceased: Day | null } | null;
  /** One per collection year (last row in that year's file), oldest first. */
  oc2: (Oc2Record & { endYear: number | null })[];
  /** One per collection year (last row in that year's file), oldest first. */
  oc3: (Oc3Record & { endYear: number | null })[];
  /** The latest AD1 row in read order, or null. */
  ad1: Ad1Record | null;
  /** One per MISSING + MIS_START (last in read order), ascending by start. */
  missing: MissingRecord[];
  placedForAdoption: PlacedForAdoptionRecord[];
  /** Local tables (visits and health assessments are the cohort's `visits` and `healthAssessments`). */
  peps: Day[];
  /** Attributes from the last pathway_plans row; every PLAN_DATE. Null when not in the table. */
  pathwayPlan: PathwayPlanPerson | null;
}

export interface PathwayPlanPerson {
  dateOfBirth: Day | null;
  category: PathwayPlanRecord["category"];
  caseOpen: Day | null;
  caseClosed: Day | null;
  planDates: Day[];
}

/** Tables present in any year. */
export function tablesPresent(cohort: Cohort): Set<TableName> {
  const present = new Set<TableName>();
  for (const year of cohort.years) for (const t of year.tables) present.add(t);
  return present;
}
