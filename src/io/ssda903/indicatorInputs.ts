import { INDICATOR_IDS, type IndicatorId } from "../../indicators/ids.js";
import type { TableName } from "../../model/tables.js";

/**
 * Which indicators an issue can distort (data.md §7 `indicators`), as one static table in
 * registry order (indicators.md §2).
 *
 * - An error names every indicator whose data (the catalogue's "data" column) includes the
 *   file's table: `TABLE_INDICATORS`.
 * - A warning names the indicators using its column (data.md §4 "used by"; EP = every
 *   indicator reading episodes.csv): `COLUMN_INDICATORS`. "breakdowns" are cla-count's;
 *   "ages" are cla-count (age band) and the indicators whose data lists header: DOB.
 */
export { INDICATOR_IDS, type IndicatorId };

const inRegistryOrder = (ids: readonly IndicatorId[]): readonly IndicatorId[] =>
  INDICATOR_IDS.filter((id) => ids.includes(id));

const CARE_LEAVERS: IndicatorId[] = [
  "care-leavers-in-touch", "care-leavers-suitable-accommodation", "care-leavers-unsuitable-accommodation",
  "care-leavers-eet", "care-leavers-neet",
];
/** EP: every indicator that reads episodes.csv. */
const EP = INDICATOR_IDS.filter((id) => id !== "pathway-plans-current");
const HEADER_DOB: IndicatorId[] = ["long-term-stability", "health-check-annual", "pep-current", ...CARE_LEAVERS, "pathway-plans-current"];
const AGES = inRegistryOrder(["cla-count", ...HEADER_DOB]);
const BREAKDOWNS: IndicatorId[] = ["cla-count"];
const ADOPTION_STAR: IndicatorId[] = [
  "adoption-a1-days", "adoption-a10-days", "adoption-a2-days", "adoption-a1-within-threshold", "adoption-a2-within-threshold",
];
const ACCOMMODATION: IndicatorId[] = ["care-leavers-suitable-accommodation", "care-leavers-unsuitable-accommodation"];
const ACTIVITY: IndicatorId[] = ["care-leavers-eet", "care-leavers-neet"];
const PLACEMENT_POSTCODE: IndicatorId[] = ["placements-3plus", "long-term-stability", "adoption-a10-days"];
const ADOPTION_MATCH: IndicatorId[] = ["adoption-a2-days", "adoption-a2-within-threshold"];

/** Errors: the catalogue's data column per table. uasc.csv is in no indicator's data column. */
export const TABLE_INDICATORS: Record<TableName, readonly IndicatorId[]> = {
  header: HEADER_DOB,
  episodes: EP,
  reviews: ["reviews-on-time"],
  uasc: [],
  oc2: ["health-check-annual", "dental-check", "immunisations-up-to-date"],
  oc3: CARE_LEAVERS,
  ad1: ["adoption-a10-days", ...ADOPTION_MATCH],
  placed_for_adoption: [],
  previous_permanence: [],
  missing: ["missing-children", "missing-episodes"],
  sw_episodes: [],
  visits: ["visits-on-time"],
  health_assessments: ["iha-on-time", "health-check-annual", "dental-check"],
  peps: ["pep-current"],
  pathway_plans: ["pathway-plans-current"],
};

/** Warnings: the columns each indicator reads. A column not listed is used by none. */
export const COLUMN_INDICATORS: Record<TableName, Readonly<Record<string, readonly IndicatorId[]>>> = {
  header: { CHILD: AGES, SEX: BREAKDOWNS, DOB: AGES, ETHNIC: BREAKDOWNS },
  episodes: {
    CHILD: EP, DECOM: EP, RNE: EP, LS: EP, DEC: EP, REC: EP,
    PLACE: inRegistryOrder(["placements-3plus", "long-term-stability", "visits-on-time", ...ADOPTION_STAR, ...BREAKDOWNS]),
    // breakdowns, and `collapseUnchangedMoves`, which changes spells: placements, stability, visits permanence.
    PLACE_PROVIDER: inRegistryOrder([...BREAKDOWNS, "placements-3plus", "long-term-stability", "visits-on-time"]),
    PL_POST: PLACEMENT_POSTCODE,
    URN: PLACEMENT_POSTCODE,
  },
  reviews: { CHILD: ["reviews-on-time"], REVIEW: ["reviews-on-time"] },
  uasc: {},
  oc2: {
    CHILD: ["health-check-annual", "dental-check", "immunisations-up-to-date"],
    HEALTH_ASSESSMENT: ["health-check-annual"],
    TEETH_CHECK: ["dental-check"],
    IMMUNISATIONS: ["immunisations-up-to-date"],
  },
  oc3: { CHILD: CARE_LEAVERS, DOB: CARE_LEAVERS, IN_TOUCH: ["care-leavers-in-touch"], ACCOM: ACCOMMODATION, ACTIV: ACTIVITY },
  ad1: { CHILD: ["adoption-a10-days", ...ADOPTION_MATCH], FOSTER_CARE: ["adoption-a10-days"], DATE_MATCH: ADOPTION_MATCH },
  placed_for_adoption: {},
  previous_permanence: {},
  missing: { CHILD: ["missing-children", "missing-episodes"], MISSING: ["missing-children", "missing-episodes"], MIS_START: ["missing-children", "missing-episodes"] },
  sw_episodes: {},
  visits: { CHILD: ["visits-on-time"], VISIT_DATE: ["visits-on-time"], VISIT_TYPE: ["visits-on-time"], SEEN: ["visits-on-time"] },
  health_assessments: {
    CHILD: ["iha-on-time", "health-check-annual", "dental-check"],
    TYPE: ["iha-on-time", "health-check-annual", "dental-check"],
    DATE: ["iha-on-time", "health-check-annual", "dental-check"],
  },
  peps: { CHILD: ["pep-current"], PEP_DATE: ["pep-current"] },
  pathway_plans: {
    CHILD: ["pathway-plans-current"], DOB: ["pathway-plans-current"], CATEGORY: ["pathway-plans-current"],
    CASE_OPEN: ["pathway-plans-current"], CASE_CLOSED: ["pathway-plans-current"], PLAN_DATE: ["pathway-plans-current"],
  },
};

/**
 * The `indicators` of an issue in `table`: by table for errors, by column for warnings. Issues
 * share one array per answer (a million rejected rows need not hold a million copies), so
 * callers must not mutate it.
 */
export function indicatorsFor(table: TableName | null, severity: "error" | "warning", column: string | null): string[] {
  if (table === null) return NONE;
  const byTable = severity === "error" || column === null;
  const key = byTable ? table : `${table}\u0000${column}`;
  let ids = shared.get(key);
  if (ids === undefined) {
    ids = [...(byTable ? TABLE_INDICATORS[table] : (COLUMN_INDICATORS[table][column!] ?? []))];
    shared.set(key, ids);
  }
  return ids;
}
const NONE: string[] = [];
const shared = new Map<string, string[]>();
