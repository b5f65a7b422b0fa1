import { type Day, isoFromDay, ukFromDay } from "../../../src/dates/index.js";
import { D, type SynthChild } from "./model.js";

/** One collection year's return: records open on or after its 1 April, up to its end (the 2018-19 return stops at R). */
export interface ReturnYear {
  label: string;
  endYear: number;
  start: Day;
  end: Day;
}

export const RETURN_YEARS: ReturnYear[] = [
  { label: "2016-17", endYear: 2017, start: D("2016-04-01"), end: D("2017-03-31") },
  { label: "2017-18", endYear: 2018, start: D("2017-04-01"), end: D("2018-03-31") },
  { label: "2018-19", endYear: 2019, start: D("2018-04-01"), end: D("2019-01-31") },
];

type Cell = string | number | null;

function csv(header: string[], rows: Cell[][]): string {
  const line = (cells: readonly Cell[]) => cells.map((c) => (c === null ? "" : String(c))).join(",");
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

const uk = (d: Day | null) => (d === null ? null : ukFromDay(d));
const iso = (d: Day | null) => (d === null ? null : isoFromDay(d));
const within = (d: Day, y: ReturnYear) => d >= y.start && d <= y.end;

/** The files of one year folder, by file name. */
export function yearFiles(children: readonly SynthChild[], y: ReturnYear): Record<string, string> {
  const byId = [...children].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inReturn = new Set<SynthChild>();
  const rows = (f: (c: SynthChild) => Cell[][], mark = true): Cell[][] =>
    byId.flatMap((c) => {
      const r = f(c);
      if (mark && r.length > 0) inReturn.add(c);
      return r;
    });

  const episodes = rows((c) =>
    c.episodes
      .filter((e) => e.start <= y.end && (e.end === null || e.end >= y.start))
      .map((e) => {
        const closed = e.end !== null && e.end <= y.end;
        return [c.id, uk(e.start), e.rne, e.ls, e.cin, e.place, e.provider, closed ? uk(e.end) : null, closed ? e.rec : null, e.reasonPlaceChange, e.homePostcode, e.postcode, e.urn];
      }),
  );
  const reviews = rows((c) => c.reviews.filter((r) => within(r, y)).map((r) => [c.id, uk(c.dob), uk(r), c.dob > r - 4 * 366 ? "PN0" : "PN1"]));
  const missing = rows((c) => c.missing.filter((m) => within(m.start, y)).map((m) => [c.id, uk(c.dob), m.kind, uk(m.start), m.end !== null && m.end <= y.end ? uk(m.end) : null]));
  const oc2 = rows((c) => {
    const o = c.oc2.get(y.endYear);
    return o ? [[c.id, uk(c.dob), o.sdqScore, o.sdqScore === null ? "SDQ1" : null, 0, o.healthCheck, o.immunisations, o.teethCheck, o.healthAssessment, 0, null, null]] : [];
  });
  const oc3 = rows((c) => c.oc3.filter((o) => o.endYear === y.endYear).map((o) => [c.id, uk(c.dob), o.inTouch, o.activity, o.accommodation]));
  const ad1 = rows((c) => (c.ad1 && c.ad1.endYear === y.endYear ? [[c.id, uk(c.dob), uk(c.ad1.decision), uk(c.ad1.match), c.ad1.fosterCare, c.ad1.adopters, c.ad1.sexOfAdopters, c.ad1.legalStatusOfAdopters]] : []));
  const placed = rows((c) =>
    c.placedForAdoption
      .filter((p) => p.placed <= y.end && (p.ceased === null || p.ceased >= y.start))
      .map((p) => {
        const ceased = p.ceased !== null && p.ceased <= y.end;
        return [c.id, uk(c.dob), uk(p.placed), ceased ? uk(p.ceased) : null, ceased ? p.reason : null];
      }),
  );
  const inEpisodes = new Set(byId.filter((c) => c.episodes.some((e) => e.start <= y.end && (e.end === null || e.end >= y.start))));
  const uasc = rows((c) => (c.uasc && inEpisodes.has(c) ? [[c.id, c.sex, uk(c.dob), c.uasc.ceased !== null && c.uasc.ceased <= y.end ? uk(c.uasc.ceased) : null]] : []));
  const header = byId.filter((c) => inReturn.has(c)).map((c) => [c.id, c.sex, uk(c.dob), c.ethnicity, c.upn, null, null]);

  // Local tables (case-system exports, ISO dates).
  const visits = rows((c) => c.visits.filter((v) => within(v.date, y)).map((v) => [c.id, iso(v.date), v.type, v.seen, v.seenAlone]), false);
  const health = rows((c) => c.health.filter((h) => within(h.date, y)).map((h) => [c.id, h.type, iso(h.date), iso(h.requested)]), false);
  const peps = rows((c) => c.peps.filter((d) => within(d, y)).map((d) => [c.id, iso(d)]), false);
  const pathway = rows((c) => {
    const p = c.pathway;
    if (!p) return [];
    const caseOpen = p.caseOpen !== null && p.caseOpen <= y.end ? p.caseOpen : null;
    if (p.caseOpen !== null && caseOpen === null) return [];
    const closed = p.caseClosed !== null && p.caseClosed <= y.end ? p.caseClosed : null;
    const row = (plan: Day | null): Cell[] => [c.id, iso(c.dob), p.category, iso(caseOpen), iso(closed), iso(plan)];
    const plans = p.planDates.filter((d) => within(d, y));
    if (plans.length > 0) return plans.map(row);
    return y.endYear === 2019 ? [row(null)] : [];
  }, false);

  return {
    "header.csv": csv(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"], header),
    "episodes.csv": csv(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"], episodes),
    "reviews.csv": csv(["CHILD", "DOB", "REVIEW", "REVIEW_CODE"], reviews),
    "uasc.csv": csv(["CHILD", "SEX", "DOB", "DUC"], uasc),
    "oc2.csv": csv(["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"], oc2),
    "oc3.csv": csv(["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"], oc3),
    "ad1.csv": csv(["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"], ad1),
    "placed_for_adoption.csv": csv(["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"], placed),
    "missing.csv": csv(["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"], missing),
    "visits.csv": csv(["CHILD", "VISIT_DATE", "VISIT_TYPE", "SEEN", "SEEN_ALONE"], visits),
    "health_assessments.csv": csv(["CHILD", "TYPE", "DATE", "REQUESTED"], health),
    "peps.csv": csv(["CHILD", "PEP_DATE"], peps),
    "pathway_plans.csv": csv(["CHILD", "DOB", "CATEGORY", "CASE_OPEN", "CASE_CLOSED", "PLAN_DATE"], pathway),
  };
}
