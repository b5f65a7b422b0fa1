import type { ColumnName } from "../../model/columns.js";
import { AGE, EPISODE_CHAIN } from "../reads.js";
import type { ScorecardOptions } from "../../model/options.js";
import { collectionYearEndOf } from "../../dates/collectionYear.js";
import { type Day, addYears } from "../../dates/day.js";
import { ENDS_CARE, type EpisodeColumns, SHORT_BREAK } from "../../history/episodeColumns.js";
import { derivedValue } from "../../history/historyIndex.js";
import { ascendingOrder, lowerBound } from "../../numbers/search.js";
import type { ChildRecord } from "../../model/cohort.js";
import type { Oc3Record } from "../../model/records.js";
import { Exclusions, percentOver, uascExclusion } from "../common.js";
import { type IndicatorContext, type IndicatorDefinition, type Measurement, defineIndicator } from "../types.js";
import { ColumnBuilder, float64Column, int32Column, uint8Column } from "../../numbers/typedColumns.js";

/** The ages whose birthdays put a young person in the cohort (`careLeaverAges`). */
const AGES: Record<ScorecardOptions["careLeaverAges"], readonly number[]> = {
  "19-21": [19, 20, 21],
  "17-21": [17, 18, 19, 20, 21],
  "17-18": [17, 18],
  "18-21": [18, 19, 20, 21],
};

type Oc3Row = ChildRecord["oc3"][number];

/** DOB for care-leaver purposes (data.md §4.1): header.csv, else the OC3 row, else any other 903 table. */
function careLeaverDateOfBirth(child: ChildRecord, row: Oc3Row): Day | null {
  if (child.hasHeader) return child.dateOfBirth;
  return row.dateOfBirth ?? child.dateOfBirth;
}

/**
 * A child's OC3 rows with the birthdays that can put each in the cohort: addYears(DOB, a) for
 * each age a of the band that falls inside the row's collection year (any birthday for a single
 * return of unknown year). A row whose DOB is unknown has none. They depend on the data and
 * the age band alone, so they are found once, not at every as-at date.
 */
interface Oc3Birthdays {
  /** The young person's position in the cohort. */
  position: number;
  rows: readonly { row: Oc3Row; birthdays: readonly Day[] }[];
  /** A row has no DOB (data.md §4.1). */
  dobUnknown: boolean;
}

/**
 * Every young person with an OC3 row, and each of their birthdays (`rows[].birthdays`) sorted by
 * day with its owner's index in `people` and the index of its row in the owner's `rows`: the
 * people a window [W0, W1] can put in the cohort, and the row that does, are found by a binary
 * search, not a visit to each.
 */
interface Oc3People {
  people: readonly Oc3Birthdays[];
  /** Per person: a row has no DOB (`Oc3Birthdays.dobUnknown`), as a column. */
  dobUnknown: Uint8Array;
  birthdays: Float64Array;
  owner: Int32Array;
  ownerRow: Int32Array;
}

const OC3_BIRTHDAYS = /* @__PURE__ */ derivedValue<Oc3People, [ages: ScorecardOptions["careLeaverAges"]]>("care leaver birthdays");

function oc3People(context: IndicatorContext): Oc3People {
  const ages = context.options.careLeaverAges;
  return context.history.lasting(OC3_BIRTHDAYS, [ages], () => {
    // The children with an OC3 row: the only ones the care-leaver cohort can hold.
    const children = context.cohort.children;
    const people = context.history.positionsWhere((child) => child.oc3.length > 0).map((position) => {
      const child = children[position]!;
      let dobUnknown = false;
      const rows = child.oc3.map((row) => {
        const dob = careLeaverDateOfBirth(child, row);
        if (dob === null) {
          dobUnknown = true;
          return { row, birthdays: [] };
        }
        const birthdays = AGES[ages].map((age) => addYears(dob, age)).filter((b) => row.endYear === null || collectionYearEndOf(b) === row.endYear);
        return { row, birthdays };
      });
      return { position, rows, dobUnknown };
    });
    const days = new ColumnBuilder(Float64Array);
    const owners = new ColumnBuilder(Int32Array);
    const ownerRows = new ColumnBuilder(Int32Array);
    people.forEach((person, owner) => {
      person.rows.forEach(({ birthdays }, k) => {
        for (const day of birthdays) {
          days.push(day);
          owners.push(owner);
          ownerRows.push(k);
        }
      });
    });
    const birthdays = days.finish();
    const owner = owners.finish();
    const ownerRow = ownerRows.finish();
    const order = ascendingOrder(birthdays);
    return {
      people,
      dobUnknown: uint8Column(people, (person) => (person.dobUnknown ? 1 : 0)),
      birthdays: float64Column(order, (k) => birthdays[k]!),
      owner: int32Column(order, (k) => owner[k]!),
      ownerRow: int32Column(order, (k) => ownerRow[k]!),
    };
  });
}

/** A young person who may be in the cohort of a window, and their OC3 row that puts them in it (null: none, their DOB unknown). */
interface Candidate {
  person: Oc3Birthdays;
  row: Oc3Row | null;
}

/**
 * The people who may be in the cohort of [start, end], in cohort order, each with the row that
 * puts them in it: a birthday in the window (several qualify only in unusual windows: the
 * latest row wins); and those with an unknown DOB (listed as excluded whatever the window).
 */
function candidatesIn({ people, dobUnknown, birthdays, owner, ownerRow }: Oc3People, start: Day, end: Day): Candidate[] {
  // 1 + the index of the latest qualifying row, per person (0: none).
  const latestRow = new Int32Array(people.length);
  for (let k = lowerBound(birthdays, start); k < birthdays.length && birthdays[k]! <= end; k += 1) {
    const person = owner[k]!;
    if (ownerRow[k]! + 1 > latestRow[person]!) latestRow[person] = ownerRow[k]! + 1;
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < people.length; i += 1) {
    if (latestRow[i] !== 0) candidates.push({ person: people[i]!, row: people[i]!.rows[latestRow[i]! - 1]!.row });
    else if (dobUnknown[i] === 1) candidates.push({ person: people[i]!, row: null });
  }
  return candidates;
}

/**
 * The REC of the child's latest end of care on or before R (DEC ≤ R, REC not X1; a truncated
 * episode did not end care: the ENDS_CARE rows), latest DEC, ties read last; undefined when none.
 * Read from the typed episode columns of the child's rows, `from` to `to` − 1.
 */
function latestEndOfCareReason(columns: EpisodeColumns, from: number, to: number, asAt: number): string | null | undefined {
  let last = -1;
  for (let row = from; row < to; row += 1) {
    if (!columns.is(row, ENDS_CARE) || columns.end[row]! > asAt) continue;
    if (last === -1 || columns.end[row]! > columns.end[last]! || (columns.end[row] === columns.end[last] && columns.readOrder[row]! > columns.readOrder[last]!)) last = row;
  }
  return last === -1 ? undefined : columns.endReason[last];
}

/**
 * Every episode of the child (rows `from` to `to` − 1) starting on or before R is a short
 * break, and there is one: episodes starting after R are ignored (§1.2).
 */
function onlyShortBreaksBy(columns: EpisodeColumns, from: number, to: number, asAt: number): boolean {
  let any = false;
  for (let row = from; row < to; row += 1) {
    if (columns.start[row]! > asAt) continue;
    if (!columns.is(row, SHORT_BREAK)) return false;
    any = true;
  }
  return any;
}

/** The OC3 cohort at R: each member with the OC3 row that put them in it, and who was left out and why. */
interface CareLeaverCohort {
  /** The members' positions (ascending), and the OC3 row that put each in the cohort. */
  positions: number[];
  rows: Oc3Record[];
  excluded: Exclusions;
}

const CARE_LEAVER_COHORT = /* @__PURE__ */ derivedValue<CareLeaverCohort, [asAt: number, start: number, end: number]>("care leaver cohort");

/**
 * Decide the OC3 cohort (indicators.md §3.9). Excluded (DfE): IN_TOUCH DIED or RHOM; latest
 * end of care E3 (care transferred); every episode a short break; UASC at R with
 * `excludeUasc`. Those the council lost touch with stay in: every care-leaver percentage
 * divides by this whole cohort. Computed once per R and window, shared by the five indicators.
 */
function careLeaverCohort(context: IndicatorContext): CareLeaverCohort {
  const { asAt, period } = context;
  return context.history.shared(CARE_LEAVER_COHORT, [asAt, period.start, period.end], () => {
    const cohort: CareLeaverCohort = { positions: [], rows: [], excluded: new Exclusions() };
    const exclude = (position: number, reason: string) => cohort.excluded.add(position, reason);
    const isUasc = uascExclusion(context);
    const { rows, columns } = context.history;
    for (const { person, row } of candidatesIn(oc3People(context), period.start, period.end)) {
      const id = person.position;
      const from = rows.first[id]!;
      const to = from + rows.count[id]!;
      if (row === null) {
        if (person.dobUnknown) exclude(id, "date-of-birth-unknown");
        continue;
      }
      if (row.inTouch === "DIED") exclude(id, "died");
      else if (row.inTouch === "RHOM") exclude(id, "returned-home");
      else if (latestEndOfCareReason(columns, from, to, asAt) === "E3") exclude(id, "care-transferred");
      else if (onlyShortBreaksBy(columns, from, to, asAt)) exclude(id, "short-break");
      else if (isUasc(id)) exclude(id, "uasc");
      else {
        cohort.positions.push(id);
        cohort.rows.push(row);
      }
    }
    return cohort;
  });
}

/** A care-leaver percentage: the OC3 cohort, each member in the numerator when `passes` says so for their row. */
export function measureCareLeavers(context: IndicatorContext, passes: (row: Oc3Record) => boolean): Measurement {
  const cohort = careLeaverCohort(context);
  return percentOver(context.history.ids, cohort, (_, k) => passes(cohort.rows[k]!));
}

const COHORT =
  "Young people with an OC3 row whose 19th, 20th or 21st birthday (careLeaverAges) fell in [W0, W1] and in that row's collection year; " +
  "excluding IN_TOUCH DIED or RHOM, care transferred (latest end REC E3) and those whose episodes are all short breaks.";
const SWITCHES = ["careLeaverAges", "excludeUasc", "staleOpenEpisodes"] as const;

/** A care-leaver percentage: the OC3 cohort over a test of its OC3 row. */
export function careLeaverIndicator(
  spec: Pick<IndicatorDefinition, "id" | "title" | "narrative" | "polarity" | "numerator" | "data">,
  /** The OC3 column the test reads (IN_TOUCH, ACCOM, ACTIV). */
  oc3Column: ColumnName<"oc3">,
  passes: (row: Oc3Record) => boolean,
): IndicatorDefinition {
  return defineIndicator({
    ...spec,
    needs: ["oc3", "episodes"],
    reads: { episodes: EPISODE_CHAIN, header: AGE, oc3: ["CHILD", "DOB", oc3Column] },
    unit: "percent",
    theme: "care-leavers",
    period: { kind: "window" },
    cohort: COHORT,
    switches: SWITCHES,
    defaultTarget: null,
    compute: (context) => measureCareLeavers(context, passes),
  });
}
