import { dayFromYmd, type Day, ukFromDay } from "../dates/day.js";
import { TABLE_COLUMNS } from "./columns.js";
import { type Value, positions } from "./recordBuilders.js";

/*
 * A table's own checks of one record, across its columns (data.md §4): the episodes' only. The
 * CSV reader reports through its issue sink; the sheets reject on an error and drop warnings.
 */

/** Reports from a table's own record checks (episodes). */
export interface RecordCheckContext {
  error(code: "end-before-start" | "missing-value", column: string | null, message: string): void;
  warning(code: "reason-on-open-episode" | "missing-reason" | "code-not-in-year", column: string | null, message: string | (() => string)): void;
}

/** Each column's position in the episodes row, for its record checks. */
const E = positions(TABLE_COLUMNS.episodes);

/** PLACE P2 (independent living) was withdrawn on 28/10/2023 (data.md §5). */
const P2_LAST_DAY = dayFromYmd(2023, 10, 28);

/**
 * An episode's own rules: an end before its start is an error (the record is rejected); a REC on
 * an open episode is ignored (blanked in `row`); P2 after its withdrawal and a blank REC on an
 * ended episode are warnings.
 */
export function checkEpisode(row: Value[], context: RecordCheckContext): void {
  const start = row[E.DECOM] as Day;
  const end = row[E.DEC] as Day | null;
  const reason = row[E.REC] as string | null;
  if (end !== null && end < start) {
    context.error("end-before-start", "DEC", `DEC ${ukFromDay(end)} is before DECOM ${ukFromDay(start)}`);
  }
  if (row[E.PLACE] === "P2" && start > P2_LAST_DAY) {
    context.warning("code-not-in-year", "PLACE", () => `PLACE P2 is not used after 28/10/2023 but starts ${ukFromDay(start)}`);
  }
  if (end === null && reason !== null) {
    context.warning("reason-on-open-episode", "REC", () => `REC ${reason} on an open episode (DEC blank) is ignored`);
    row[E.REC] = null;
    return;
  }
  if (end !== null && reason === null) context.warning("missing-reason", "REC", () => `DEC ${ukFromDay(end)} has a blank REC`);
}
