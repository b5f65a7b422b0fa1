import { describe, expect, it } from "vitest";
import { careLeaversEet } from "../../../src/indicators/care-leavers/eet.js";
import { careLeaversInTouch } from "../../../src/indicators/care-leavers/inTouch.js";
import { careLeaversNeet } from "../../../src/indicators/care-leavers/neet.js";
import { careLeaversSuitableAccommodation } from "../../../src/indicators/care-leavers/suitableAccommodation.js";
import { careLeaversUnsuitableAccommodation } from "../../../src/indicators/care-leavers/unsuitableAccommodation.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { cohortOf, cohortOfYears, contextFor, episode, header, oc3Record, uascRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

// R = 31/03/2019, year window 01/04/2018–31/03/2019 (collection year 2018-19).
const R = "2019-03-31";
const leftCare = (id: string) => episode(id, { start: "2015-01-01", end: "2017-06-01", rec: "E8" });

describe("careLeaversInTouch", () => {
  it("takes young people whose 19th, 20th or 21st birthday falls in the window", () => {
    const ids = ["19", "20", "21", "22", "18"];
    const dobs = ["1999-06-15", "1998-06-15", "1997-06-15", "1996-06-15", "2000-06-15"];
    const cohort = cohortOf({
      header: ids.map((id, i) => header(id, dobs[i]!)),
      oc3: ids.map((id) => oc3Record(id)),
      episodes: ids.map(leftCare),
    });
    expect(measured(careLeaversInTouch.compute(contextFor(cohort, R))).members.denominator).toEqual(["19", "20", "21"]);
    const band = (careLeaverAges: "17-21" | "17-18" | "18-21") =>
      measured(careLeaversInTouch.compute(contextFor(cohort, R, { options: { careLeaverAges } }))).members.denominator;
    expect(band("18-21")).toEqual(["18", "19", "20", "21"]);
    expect(band("17-18")).toEqual(["18"]);
    expect(band("17-21")).toEqual(["18", "19", "20", "21"]);
  });

  it("counts a birthday on W0 and on R, not the day before W0", () => {
    const cohort = cohortOf({
      header: [header("a", "1999-04-01"), header("b", "1998-03-31"), header("c", "1997-03-31")],
      oc3: [oc3Record("a"), oc3Record("b"), oc3Record("c")],
    });
    // a: 19 on 01/04/2018 (W0); b: 21 on 31/03/2019 (R); c: 22 on R and 21 on 31/03/2018, the day before W0.
    expect(measured(careLeaversInTouch.compute(contextFor(cohort, R))).members.denominator).toEqual(["a", "b"]);
  });

  it("requires the birthday to fall inside the OC3 row's collection year", () => {
    // Window 01/02/2018–31/01/2019 spans 2017-18 and 2018-19.
    const early = header("early", "1999-03-10"); // 19 on 10/03/2018, in 2017-18
    const late = header("late", "1999-06-10"); // 19 on 10/06/2018, in 2018-19
    const rowIn2019 = cohortOfYears([
      { endYear: 2018, records: { header: [early, late] } },
      { endYear: 2019, records: { oc3: [oc3Record("early"), oc3Record("late")] } },
    ]);
    expect(measured(careLeaversInTouch.compute(contextFor(rowIn2019, "2019-01-31"))).members.denominator).toEqual(["late"]);
    const rowIn2018 = cohortOfYears([
      { endYear: 2018, records: { header: [early, late], oc3: [oc3Record("early")] } },
      { endYear: 2019, records: { oc3: [oc3Record("late")] } },
    ]);
    expect(measured(careLeaversInTouch.compute(contextFor(rowIn2018, "2019-01-31"))).members.denominator).toEqual(["early", "late"]);
  });

  it("reads the numerator from the row that qualifies", () => {
    const cohort = cohortOfYears([
      { endYear: 2018, records: { header: [header("1", "1999-06-10")], oc3: [oc3Record("1", { inTouch: "NO" })] } },
      { endYear: 2019, records: { oc3: [oc3Record("1", { inTouch: "YES" })] } },
    ]);
    expect(measured(careLeaversInTouch.compute(contextFor(cohort, "2019-01-31"))).members.numerator).toEqual(["1"]);
  });

  it("takes the DOB from the OC3 row when there is no header record", () => {
    const cohort = cohortOf({ oc3: [oc3Record("1", { dateOfBirth: "1999-06-15" }), oc3Record("2")] });
    const m = measured(careLeaversInTouch.compute(contextFor(cohort, R)));
    expect(m.members.denominator).toEqual(["1"]);
    expect(m.members.excluded).toEqual([{ child: "2", reason: "date-of-birth-unknown" }]);
  });

  it("counts YES as in touch, not REFU, NREQ or NO, and keeps them all in the cohort", () => {
    const codes = ["YES", "NO", "REFU", "NREQ"];
    const cohort = cohortOf({
      header: codes.map((c) => header(c, "1999-06-15")),
      oc3: codes.map((c) => oc3Record(c, { inTouch: c })),
    });
    const m = measured(careLeaversInTouch.compute(contextFor(cohort, R)));
    expect([m.members.numerator, m.denominator]).toEqual([["YES"], 4]);
  });

  it("excludes those who died, returned home, moved to another council or only had short breaks", () => {
    const ids = ["died", "rhom", "e3", "short", "e3-then-e8"];
    const cohort = cohortOf({
      header: ids.map((id) => header(id, "1999-06-15")),
      oc3: [oc3Record("died", { inTouch: "DIED" }), oc3Record("rhom", { inTouch: "RHOM" }), oc3Record("e3"), oc3Record("short"), oc3Record("e3-then-e8")],
      episodes: [
        episode("e3", { start: "2015-01-01", end: "2017-06-01", rec: "E3" }),
        episode("short", { start: "2016-01-01", end: "2016-01-03", ls: "V3", rec: "E8" }),
        episode("short", { start: "2016-02-01", end: "2016-02-03", ls: "V4", rec: "E8" }),
        episode("e3-then-e8", { start: "2014-01-01", end: "2015-01-01", rec: "E3" }),
        episode("e3-then-e8", { start: "2016-01-01", end: "2017-06-01", rec: "E8" }),
      ],
    });
    const m = measured(careLeaversInTouch.compute(contextFor(cohort, R)));
    expect(m.members.denominator).toEqual(["e3-then-e8"]);
    expect(m.members.excluded).toEqual([
      { child: "died", reason: "died" },
      { child: "e3", reason: "care-transferred" },
      { child: "rhom", reason: "returned-home" },
      { child: "short", reason: "short-break" },
    ]);
  });

  it("removes UASC young people when excludeUasc is on", () => {
    const cohort = cohortOf({ header: [header("1", "1999-06-15")], oc3: [oc3Record("1")], uasc: [uascRecord("1")] });
    expect(measured(careLeaversInTouch.compute(contextFor(cohort, R))).denominator).toBe(1);
    expect(measured(careLeaversInTouch.compute(contextFor(cohort, R, { options: { excludeUasc: true } }))).members.excluded)
      .toEqual([{ child: "1", reason: "uasc" }]);
  });

  it("has no percentage (0 of 0) with no care leavers", () => {
    const m = measured(careLeaversInTouch.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("says it needs oc3.csv when the table is absent", () => {
    expect(careLeaversInTouch.compute(contextFor(cohortOf({}, ["header", "episodes"]), R))).toEqual({ kind: "missing-data", tables: ["oc3"], year: null, note: "needs oc3.csv" });
  });
});

describe("careLeaversSuitableAccommodation and careLeaversUnsuitableAccommodation", () => {
  const codes = ["B1", "U1", "Z2", "S2", "0"];
  const cohort = () => cohortOf({
    header: codes.map((c) => header(c, "1998-06-15")),
    oc3: codes.map((c) => oc3Record(c, { accommodation: c })),
  });

  it("splits the whole cohort into suitable, unsuitable and no information", () => {
    const suitable = measured(careLeaversSuitableAccommodation.compute(contextFor(cohort(), R)));
    const unsuitable = measured(careLeaversUnsuitableAccommodation.compute(contextFor(cohort(), R)));
    expect(suitable.members.numerator).toEqual(["B1", "U1"]);
    expect(unsuitable.members.numerator).toEqual(["S2", "Z2"]);
    expect([suitable.denominator, unsuitable.denominator]).toEqual([5, 5]);
    // suitable + unsuitable + ACCOM 0 = the whole cohort
    expect(suitable.numerator + unsuitable.numerator + 1).toBe(suitable.denominator);
  });

  it("says it needs oc3.csv when the table is absent", () => {
    expect(careLeaversUnsuitableAccommodation.compute(contextFor(cohortOf({}, ["episodes"]), R))).toEqual({ kind: "missing-data", tables: ["oc3"], year: null, note: "needs oc3.csv" });
  });
});

describe("careLeaversEet and careLeaversNeet", () => {
  const codes = ["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"];
  const cohort = () => cohortOf({
    header: codes.map((c) => header(c, "1998-06-15")),
    oc3: codes.map((c) => oc3Record(c, { activity: c })),
  });

  it("counts F1–F5 and P1–P5 as in education, employment or training", () => {
    const m = measured(careLeaversEet.compute(contextFor(cohort(), R)));
    expect(m.members.numerator).toEqual(["F1", "F2", "F3", "F4", "F5", "P1", "P2", "P3", "P4", "P5"]);
    expect(m.denominator).toBe(14);
  });

  it("counts G4, G5 and G6 as NEET and ACTIV 0 as neither", () => {
    const m = measured(careLeaversNeet.compute(contextFor(cohort(), R)));
    expect(m.members.numerator).toEqual(["G4", "G5", "G6"]);
    expect(m.denominator).toBe(14);
  });

  it("counts F3 in a year after 2020-21 and F4 in a year before it as EET", () => {
    const cohort = cohortOfYears([
      { endYear: 2019, records: { header: [header("f4", "1999-06-10")], oc3: [oc3Record("f4", { activity: "F4" })] } },
      { endYear: 2023, records: { header: [header("f3", "2003-06-10")], oc3: [oc3Record("f3", { activity: "F3" })] } },
    ]);
    expect(measured(careLeaversEet.compute(contextFor(cohort, "2019-03-31"))).members.numerator).toEqual(["f4"]);
    expect(measured(careLeaversEet.compute(contextFor(cohort, "2023-03-31"))).members.numerator).toEqual(["f3"]);
  });

  it("has no percentage with no care leavers", () => {
    const m = measured(careLeaversNeet.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });
});

describe("a young person two of whose OC3 rows qualify", () => {
  it("is judged on the later row", () => {
    // No header: each row's own DOB gives its birthdays. The 19th birthday by the 2022-23 row
    // (10/01/2023) and by the 2023-24 row (10/06/2023) both fall in the year to 30/09/2023.
    const cohort = cohortOfYears([
      { endYear: 2023, records: { episodes: [episode("Y", { start: "2019-01-01", end: "2021-06-01", rec: "E8" })], oc3: [oc3Record("Y", { inTouch: "NO", dateOfBirth: "2004-01-10" })] } },
      { endYear: 2024, records: { oc3: [oc3Record("Y", { inTouch: "YES", dateOfBirth: "2004-06-10" })] } },
    ]);
    const m = measured(careLeaversInTouch.compute(contextFor(cohort, "2023-09-30")));
    expect([m.numerator, m.denominator]).toEqual([1, 1]);
  });
});
