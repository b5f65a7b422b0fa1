import { describe, expect, it } from "vitest";
import { pathwayPlansCurrent } from "../../../src/indicators/care-leavers/pathwayPlansCurrent.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { dayFromIso } from "../../../src/dates/day.js";
import { cohortOf, contextFor, header, pathwayPlanRecord, uascRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

// R = 31/01/2019: ws(R, 6) = 01/08/2018.
const R = "2019-01-31";
const ADULT = "2000-01-01";

describe("pathwayPlansCurrent", () => {
  it("starts at 16 years 3 months: born 31/10/2002 is in on R, born 01/11/2002 is not", () => {
    const cohort = cohortOf({
      header: [header("in", "2002-10-31"), header("out", "2002-11-01")],
      pathway_plans: [pathwayPlanRecord("in", { planDate: "2018-12-01" }), pathwayPlanRecord("out", { planDate: "2018-12-01" })],
    });
    const m = measured(pathwayPlansCurrent.compute(contextFor(cohort, R)));
    expect(m.members.denominator).toEqual(["in"]);
    expect(m.members.excluded).toEqual([{ child: "out", reason: "under-16-years-3-months" }]);
  });

  it("needs the case open at R: CASE_CLOSED on R closes it, the day after does not; CASE_OPEN after R is not open", () => {
    const cohort = cohortOf({
      header: ["closed-on-r", "closed-after", "opens-after", "opened-on-r"].map((id) => header(id, ADULT)),
      pathway_plans: [
        pathwayPlanRecord("closed-on-r", { caseClosed: R }),
        pathwayPlanRecord("closed-after", { caseClosed: "2019-02-01" }),
        pathwayPlanRecord("opens-after", { caseOpen: "2019-02-01" }),
        pathwayPlanRecord("opened-on-r", { caseOpen: R }),
      ],
    });
    const m = measured(pathwayPlansCurrent.compute(contextFor(cohort, R)));
    expect(m.members.denominator).toEqual(["closed-after", "opened-on-r"]);
    expect(m.members.excluded).toEqual([{ child: "closed-on-r", reason: "case-closed" }, { child: "opens-after", reason: "case-closed" }]);
  });

  it("reads a hand-made record's plan dates in any order (a stitched cohort's are ascending)", () => {
    const cohort = cohortOf({ header: [header("a", ADULT)], pathway_plans: [pathwayPlanRecord("a")] });
    // After R first, then one in the window: a search that took them as ascending would miss the second.
    cohort.children[0]!.pathwayPlan!.planDates = [dayFromIso("2019-02-01"), dayFromIso("2018-12-01")];
    expect(measured(pathwayPlansCurrent.compute(contextFor(cohort, R))).members.numerator).toEqual(["a"]);
  });

  it("counts a plan from ws(R, 6) to R, not the day before or after R", () => {
    const cohort = cohortOf({
      header: ["on-ws", "before-ws", "after-r", "on-r"].map((id) => header(id, ADULT)),
      pathway_plans: [
        pathwayPlanRecord("on-ws", { planDate: "2018-08-01" }),
        pathwayPlanRecord("before-ws", { planDate: "2018-07-31" }),
        pathwayPlanRecord("after-r", { planDate: "2019-02-01" }),
        pathwayPlanRecord("on-r", { planDate: R }),
      ],
    });
    expect(measured(pathwayPlansCurrent.compute(contextFor(cohort, R))).members.numerator).toEqual(["on-r", "on-ws"]);
  });

  it("uses pathwayPlanMaxAgeMonths, and with null accepts any plan on or before R", () => {
    const cohort = cohortOf({
      header: [header("old", ADULT), header("none", ADULT), header("future", ADULT)],
      pathway_plans: [pathwayPlanRecord("old", { planDate: "2017-03-01" }), pathwayPlanRecord("none"), pathwayPlanRecord("future", { planDate: "2019-02-01" })],
    });
    // ws(R, 24) = 01/02/2017: a plan from 01/03/2017 is current over 24 months, not over the default 6.
    expect(measured(pathwayPlansCurrent.compute(contextFor(cohort, R))).members.numerator).toEqual([]);
    const longer = measured(pathwayPlansCurrent.compute(contextFor(cohort, R, { options: { pathwayPlanMaxAgeMonths: 24 } })));
    expect(longer.members.numerator).toEqual(["old"]);
    const any = measured(pathwayPlansCurrent.compute(contextFor(cohort, R, { options: { pathwayPlanMaxAgeMonths: null } })));
    expect([any.members.numerator, any.denominator]).toEqual([["old"], 3]);
  });

  it("counts every PLAN_DATE of a person with several rows", () => {
    const cohort = cohortOf({
      header: [header("1", ADULT)],
      pathway_plans: [pathwayPlanRecord("1", { planDate: "2018-12-01" }), pathwayPlanRecord("1", { planDate: "2017-01-01" })],
    });
    expect(measured(pathwayPlansCurrent.compute(contextFor(cohort, R))).members.numerator).toEqual(["1"]);
  });

  it("takes the DOB from the table without a header record, and leaves out an unknown DOB", () => {
    const cohort = cohortOf({ pathway_plans: [pathwayPlanRecord("1", { dateOfBirth: ADULT }), pathwayPlanRecord("2")] });
    const m = measured(pathwayPlansCurrent.compute(contextFor(cohort, R)));
    expect(m.members.denominator).toEqual(["1"]);
    expect(m.members.excluded).toEqual([{ child: "2", reason: "date-of-birth-unknown" }]);
  });

  it("leaves qualifying young people out of the population", () => {
    const cohort = cohortOf({ header: [header("1", ADULT)], pathway_plans: [pathwayPlanRecord("1", { category: "qualifying", planDate: "2018-12-01" })] });
    const m = measured(pathwayPlansCurrent.compute(contextFor(cohort, R)));
    expect([m.denominator, m.members.excluded]).toEqual([0, []]);
  });

  it("removes UASC young people when excludeUasc is on", () => {
    const cohort = cohortOf({ header: [header("1", ADULT)], pathway_plans: [pathwayPlanRecord("1")], uasc: [uascRecord("1")] });
    const m = measured(pathwayPlansCurrent.compute(contextFor(cohort, R, { options: { excludeUasc: true } })));
    expect([m.denominator, m.members.excluded]).toEqual([0, [{ child: "1", reason: "uasc" }]]);
  });

  it("has no percentage (0 of 0) with nobody in the table", () => {
    const m = measured(pathwayPlansCurrent.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("says it needs pathway_plans.csv when the table is absent", () => {
    expect(pathwayPlansCurrent.compute(contextFor(cohortOf({}, ["header", "episodes"]), R))).toEqual({ kind: "missing-data", tables: ["pathway_plans"], year: null, note: "needs pathway_plans.csv" });
  });
});
