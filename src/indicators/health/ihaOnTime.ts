import { ASSESSMENTS, EPISODE_CHAIN } from "../reads.js";
import { type Day, addDays, addMonths } from "../../dates/day.js";
import { SHORT_BREAK, STARTS_CARE } from "../../history/episodeColumns.js";
import type { BankHolidayCalendar } from "../../dates/bankHolidays.js";
import { derivedValue } from "../../history/historyIndex.js";
import { ColumnBuilder, IntList, float64Column } from "../../numbers/typedColumns.js";
import { CohortMembers, lastingPerCalendar, uascExclusion } from "../common.js";
import { type IndicatorContext, defineIndicator } from "../types.js";
import { assessmentDays } from "./healthSources.js";

/** Working days from entry to the initial health assessment (read from CPPCR 2010 reg 7). */
export const IHA_WORKING_DAYS = 20;
/** An assessment this many months before entry still counts, as the regulations allow. */
export const IHA_MONTHS_BEFORE_ENTRY = 3;

/**
 * Every start of care of the cohort (a period whose first episode has RNE S), child by child
 * and period by period, with what the IHA test reads of it and its period, as typed columns
 * found once per history: at an as-at date the starts in the window are a scan of numbers in
 * the order the members want, and no child's objects are visited.
 */
interface CareStarts {
  /** DECOM of the period's first episode. */
  start: Float64Array;
  position: Int32Array;
  /** The first episode is a short break (LS V3/V4). */
  shortBreak: Uint8Array;
  /** The period's DEC (Infinity while open), and whether its last episode was cut at 31 March (§1.5). */
  end: Float64Array;
  truncated: Uint8Array;
  /** DECOM less IHA_MONTHS_BEFORE_ENTRY months: the first day an assessment counts. */
  earliestAssessment: Float64Array;
}

const CARE_STARTS = /* @__PURE__ */ derivedValue<CareStarts, []>("starts of care");

function careStarts(context: IndicatorContext): CareStarts {
  return context.history.lasting(CARE_STARTS, [], () => {
    const start = new ColumnBuilder(Float64Array);
    const position = new ColumnBuilder(Int32Array);
    const shortBreak = new ColumnBuilder(Uint8Array);
    const end = new ColumnBuilder(Float64Array);
    const truncated = new ColumnBuilder(Uint8Array);
    const { rows, columns } = context.history;
    for (let child = 0; child < rows.first.length; child += 1) {
      columns.eachPeriod(rows.first[child]!, rows.count[child]!, (_, head, tail) => {
        // A period's rows are in chain order: its first row is its first episode.
        if (!columns.is(head, STARTS_CARE)) return;
        start.push(columns.start[head]!);
        position.push(child);
        shortBreak.push(columns.is(head, SHORT_BREAK) ? 1 : 0);
        end.push(columns.dec(tail));
        truncated.push(columns.isTruncated(tail) ? 1 : 0);
      });
    }
    const starts = start.finish();
    return {
      start: starts,
      position: position.finish(),
      shortBreak: shortBreak.finish(),
      end: end.finish(),
      truncated: truncated.finish(),
      earliestAssessment: float64Column(starts, (day) => addMonths(day as Day, -IHA_MONTHS_BEFORE_ENTRY)),
    };
  });
}

const ASSESSMENT_DUE_DAYS = /* @__PURE__ */ derivedValue<WeakMap<BankHolidayCalendar, Float64Array>, []>("IHA due days");

/**
 * Each start's IHA due day (IHA_WORKING_DAYS working days after DECOM) under the run's calendar,
 * by row of `starts`: found once per cohort and calendar, not at every as-at date.
 */
function assessmentDueDays(context: IndicatorContext, starts: CareStarts): Float64Array {
  return lastingPerCalendar(context, ASSESSMENT_DUE_DAYS, (calendar) => float64Column(starts.start, (day) => calendar.addWorkingDays(day as Day, IHA_WORKING_DAYS)));
}

/**
 * The rows of `starts` with DECOM in [from, to], ordered by child and then period. A scan of
 * every start: cheaper than a search of starts in DECOM order followed by a sort into child
 * order, for a year's window and a month's alike.
 */
function startsIn(starts: CareStarts, from: number, to: number): ArrayLike<number> {
  const rows = new IntList();
  const start = starts.start;
  for (let row = 0; row < start.length; row += 1) if (start[row]! >= from && start[row]! <= to) rows.push(row);
  return rows.view();
}

/** The period of start `row` covers `day` as known at R: a DEC is the first day out of care; a truncated period's end (§1.5) is its last day in care. */
function coversDay(starts: CareStarts, row: number, day: Day, asAt: Day): boolean {
  const end = starts.end[row]! <= asAt ? starts.end[row]! : Infinity;
  return starts.start[row]! <= day && (day < end || (starts.truncated[row] === 1 && day === end));
}

/**
 * @name ihaOnTime
 * @category Health
 * @summary Children entering care with an initial health assessment within 20 working days.
 * @description CPPCR 2010 reg 7 and statutory guidance. Cohort: children with a start of care
 * (RNE S, not a short break) in [W0, W1] whose assessment was due by R and who were still in
 * care 28 days later (`ihaMinDaysInCare`); the first such start counts. Numerator: an initial
 * assessment dated from 3 months before entry to the due date, both included.
 * Drill-down reasons: short-break, not-yet-due, left-care-within-28-days, uasc. Empty cohort: no value.
 * @example
 * // entry Fri 11/04/2025, due Wed 14/05/2025 (Good Friday, Easter Monday, 5 May skipped)
 * ihaOnTime.compute(context) // an IHA on 13/05/2025 → { numerator: 1, denominator: 1, … }
 */
export const ihaOnTime = defineIndicator({
  id: "iha-on-time",
  narrative: { cohort: "children entering care", verb: "had an initial health assessment within 20 working days" },
  title: "Children entering care with an initial health assessment within 20 working days",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "health",
  period: { kind: "window" },
  cohort: "Children starting care (RNE S, not a short break) in [W0, W1] whose IHA was due by R and who stayed in care for 28 days; the first such start.",
  numerator: "Those with an initial health assessment from 3 months before entry to 20 working days after it.",
  data: "episodes; health_assessments (local): TYPE initial, DATE",
  needs: ["episodes", "health_assessments"],
  reads: { episodes: EPISODE_CHAIN, health_assessments: ASSESSMENTS },
  switches: ["ihaMinDaysInCare", "excludeUasc", "staleOpenEpisodes", "bankHolidays"],
  defaultTarget: null,
  compute(context) {
    const members = new CohortMembers(context.history.ids);
    const { asAt, period: window } = context;
    const minDays = context.options.ihaMinDaysInCare;
    const leftCare = `left-care-within-${minDays}-days`;
    const initialAssessments = assessmentDays(context, ["initial"]);
    const starts = careStarts(context);
    const isUasc = uascExclusion(context);
    const dueDays = assessmentDueDays(context, starts);
    const rows = startsIn(starts, window.start, window.end);
    // Each child's starts in the window, in period order: the first whose IHA is due by R and
    // whose period still covers DECOM + ihaMinDaysInCare is the entry; else the last reason.
    for (let k = 0; k < rows.length; ) {
      const position = starts.position[rows[k]!]!;
      let reason: string | null = null;
      let entry = -1; // the row of the entry
      for (; k < rows.length && starts.position[rows[k]!] === position; k += 1) {
        const row = rows[k]!;
        if (entry !== -1) continue;
        const start = starts.start[row]! as Day;
        if (starts.shortBreak[row] === 1) {
          reason ??= "short-break";
          continue;
        }
        if (dueDays[row]! > asAt) reason = "not-yet-due";
        else if (!coversDay(starts, row, addDays(start, minDays), asAt)) reason = leftCare;
        else entry = row;
      }
      if (entry === -1) {
        if (reason !== null) members.exclude(position, reason);
      } else if (isUasc(position)) members.exclude(position, "uasc");
      else {
        members.include(position, initialAssessments.anyBetween(position, starts.earliestAssessment[entry]! as Day, dueDays[entry]! as Day));
      }
    }
    return members.percent();
  },
});
