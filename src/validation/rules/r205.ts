import type { Day } from "../../dates/day.js";
import { dataView, defineRule, type RuleData, type RuleFlags } from "../defineRule.js";
import { birthday } from "./ages.js";
import { type UascStatus, uascStatus } from "./uascStatus.js";

/** Columns that do not make a UASC-table row a UASC status when there is no header (as the DfE's tool reads it for 205A–D). */
const NOT_STATUS = ["CHILD", "DOB"];

/** Each year's status as 205A–D read it, built once for the four. */
const STATUS_THIS_YEAR = /* @__PURE__ */ dataView((data) => uascStatus(data, "this", NOT_STATUS));
const STATUS_LAST_YEAR = /* @__PURE__ */ dataView((data) => uascStatus(data, "last", NOT_STATUS));

/** A combination the DfE's tool forms for a row of this year's UASC table: its child's status this year and each UASC row and status last year. */
interface UascYears {
  /** This year's status row (header, or the UASC table without one), or null when the child has none. */
  statusRow: number | null;
  status: string | null;
  /** Last year's UASC row, or null when the child has none. */
  lastRow: number | null;
  lastStatus: string | null;
}

/**
 * 205A–C: each row of this year's UASC table, joined by child to this year's status rows and
 * to last year's UASC rows and status, as the DfE's tool joins them (every combination, a blank
 * where the child has none). Flags the UASC row and, when the status is the header's, the
 * header row.
 */
function uascAcrossYears(fails: (data: RuleData, row: number, years: UascYears) => boolean) {
  return (data: RuleData): RuleFlags => {
    const [uasc, uascLast] = [data.table("uasc"), data.table("uasc_last")];
    const [now, last] = [data.derived(STATUS_THIS_YEAR), data.derived(STATUS_LAST_YEAR)];
    if (now === null || last === null) return {};
    const flagged = { uasc: new Set<number>(), header: new Set<number>() };
    for (let row = 0; row < uasc.rowCount; row += 1) {
      const child = uasc.childOf(row);
      for (const statusRow of rowsOf(now, child)) {
        for (const lastRow of child === null ? [null] : (uascLast.byChild().get(child) ?? [null])) {
          for (const lastStatusRow of lastRow === null ? [null] : rowsOf(last, child)) {
            const years = { statusRow, status: statusOf(now, statusRow), lastRow, lastStatus: statusOf(last, lastStatusRow) };
            if (!fails(data, row, years)) continue;
            flagged.uasc.add(row);
            if (statusRow !== null && now.table.key === "header") flagged.header.add(statusRow);
          }
        }
      }
    }
    return flagged;
  };
}

function rowsOf(status: UascStatus, child: string | null): readonly (number | null)[] {
  return (child === null ? undefined : status.table.byChild().get(child)) ?? [null];
}

function statusOf(status: UascStatus, row: number | null): string | null {
  return row === null ? null : (status.status[row] ?? null);
}

const within = (day: Day | null, start: Day, end: Day): boolean => day !== null && day >= start && day <= end;

/**
 * 205A: a child UASC last year but not this year ceased to be UASC last year: last year's DUC
 * lies in last year's collection year, and this year's UASC row has no DUC.
 */
export const r205A = /* @__PURE__ */ defineRule({
  code: "205A",
  optional: ["header", "header_last"],
  check: uascAcrossYears((data, row, { status, lastRow, lastStatus }) => {
    if (status === "1" || lastStatus !== "1") return false;
    const ducLast = lastRow === null ? null : (data.table("uasc_last").dates("DUC")[lastRow] ?? null);
    const ceasedLastYear = within(ducLast, birthday(data.collectionStart, -1), birthday(data.collectionEnd, -1));
    return data.table("uasc").column("DUC")[row] !== null || !ceasedLastYear;
  }),
});

/**
 * 205B: a child UASC in both years had last year's DUC on their 18th birthday (last year's DOB),
 * and this year's DUC lies in this collection year or repeats last year's.
 */
export const r205B = /* @__PURE__ */ defineRule({
  code: "205B",
  optional: ["header", "header_last"],
  check: uascAcrossYears((data, row, { status, lastRow, lastStatus }) => {
    if (status !== "1" || lastStatus !== "1" || lastRow === null) return false;
    const last = data.table("uasc_last");
    const [duc, ducLast, dobLast] = [data.table("uasc").dates("DUC")[row] ?? null, last.dates("DUC")[lastRow] ?? null, last.dates("DOB")[lastRow] ?? null];
    const ceasedThisYear = within(duc, data.collectionStart, data.collectionEnd);
    const sameAsLastYear = duc !== null && duc === ducLast;
    const lastAt18 = ducLast !== null && dobLast !== null && ducLast === birthday(dobLast, 18);
    return (!ceasedThisYear && !sameAsLastYear) || !lastAt18;
  }),
});

/** 205C: a child UASC in neither year (status 0 or none) has no DUC in either year's UASC table. */
export const r205C = /* @__PURE__ */ defineRule({
  code: "205C",
  optional: ["header", "header_last"],
  check: uascAcrossYears((data, row, { status, lastRow, lastStatus }) => {
    const never = (status === null || status === "0") && (lastStatus === null || lastStatus === "0");
    const ducGiven = data.table("uasc").dates("DUC")[row] != null || (lastRow !== null && data.table("uasc_last").dates("DUC")[lastRow] != null);
    return never && ducGiven;
  }),
});

/** 205D: a child UASC this year was UASC last year, when last year's return has them. Flags this year's status row. */
export const r205D = /* @__PURE__ */ defineRule({
  code: "205D",
  optional: ["header", "uasc", "header_last", "uasc_last"],
  check: (data) => {
    const [now, last] = [data.derived(STATUS_THIS_YEAR), data.derived(STATUS_LAST_YEAR)];
    if (now === null || last === null) return {};
    const lastByChild = last.table.byChild();
    const flagged: number[] = [];
    now.status.forEach((status, row) => {
      const lastRows = lastByChild.get(now.table.childOf(row) ?? "") ?? [];
      if (status === "1" && lastRows.some((lastRow) => last.status[lastRow] !== "1")) flagged.push(row);
    });
    return { [now.table.key]: flagged };
  },
});
