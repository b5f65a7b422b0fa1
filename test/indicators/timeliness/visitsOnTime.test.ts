import { describe, expect, it } from "vitest";
import { visitsOnTime } from "../../../src/indicators/timeliness/visitsOnTime.js";
import type { Measurement } from "../../../src/indicators/types.js";
import type { RecordLists } from "../../../src/model/records.js";
import { chain, cohortOf, contextFor, episode, visitRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

// R = 31/03/2025: 42 days from 18/02/2025; 3 months from 01/01/2025; permanent spells from ≤ 01/04/2024.
const R = "2025-03-31";
const numeratorOf = (records: Partial<RecordLists>, options = {}) =>
  measured(visitsOnTime.compute(contextFor(cohortOf(records), R, { options }))).members.numerator;

describe("visitsOnTime", () => {
  it("gives a long-term foster child (U4 since before ws(R, 12)) 3 months, others 42 days", () => {
    const records = {
      episodes: [episode("A", { start: "2024-01-01", place: "U4" }), episode("B", { start: "2024-01-01", place: "U5" })],
      visits: [visitRecord("A", "2025-01-05"), visitRecord("B", "2025-01-05")],
    };
    expect(numeratorOf(records)).toEqual(["A"]);
  });

  it("treats U1 as long-term foster too", () => {
    expect(numeratorOf({ episodes: [episode("A", { start: "2024-01-01", place: "U1" })], visits: [visitRecord("A", "2025-01-01")] })).toEqual(["A"]);
  });

  it("needs the spell to have started on or before ws(R, 12) (01/04/2024 yes, 02/04/2024 no)", () => {
    const records = {
      episodes: [episode("D", { start: "2024-04-01" }), episode("E", { start: "2024-04-02" })],
      visits: [visitRecord("D", "2025-01-05"), visitRecord("E", "2025-01-05")],
    };
    expect(numeratorOf(records)).toEqual(["D"]);
  });

  it("applies 42 days to everyone under visitPermanence none", () => {
    const records = { episodes: [episode("A", { start: "2024-01-01", place: "U4" })], visits: [visitRecord("A", "2025-01-05")] };
    expect(numeratorOf(records, { visitPermanence: "none" })).toEqual([]);
  });

  it("counts a visit on R − 41 but not on R − 42", () => {
    const records = {
      episodes: [episode("F", { start: "2024-06-01", place: "U5" }), episode("G", { start: "2024-06-01", place: "U5" })],
      visits: [visitRecord("F", "2025-02-18"), visitRecord("G", "2025-02-17")],
    };
    expect(numeratorOf(records)).toEqual(["F"]);
  });

  it("does not count a visit where the child was not seen, or of type other", () => {
    const records = {
      episodes: [episode("N", { start: "2024-06-01" }), episode("O", { start: "2024-06-01" })],
      visits: [visitRecord("N", "2025-03-20", { seen: "N" }), visitRecord("O", "2025-03-20", { visitType: "other" })],
    };
    const m = measured(visitsOnTime.compute(contextFor(cohortOf(records), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 2]);
  });

  it("counts a date when any of its records counts", () => {
    const records = { episodes: [episode("N", { start: "2024-06-01" })], visits: [visitRecord("N", "2025-03-20", { seen: "N" }), visitRecord("N", "2025-03-20")] };
    expect(numeratorOf(records)).toEqual(["N"]);
  });

  it("does not count a visit from before the current period of care", () => {
    const records = {
      episodes: [episode("P", { start: "2024-06-01", end: "2025-02-25", rec: "E4A" }), episode("P", { start: "2025-03-01" })],
      visits: [visitRecord("P", "2025-02-20")],
    };
    const m = measured(visitsOnTime.compute(contextFor(cohortOf(records), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 1]);
  });

  it("leaves out children whose period began less than 7 days before R", () => {
    const records = { episodes: [episode("H", { start: "2025-03-24" }), episode("I", { start: "2025-03-25" })], visits: [] };
    const m = measured(visitsOnTime.compute(contextFor(cohortOf(records), R)));
    expect(m.members.denominator).toEqual(["H"]);
    expect(m.members.excluded).toEqual([{ child: "I", reason: "in-care-under-7-days" }]);
  });

  it("follows placementCounting for permanence: a T episode keeps the carer's spell, but starts one under episode", () => {
    const records = {
      episodes: chain("T", [{ start: "2024-01-01", place: "U4" }, { start: "2024-06-01", rne: "T", place: "U1" }]),
      visits: [visitRecord("T", "2025-01-05")],
    };
    expect(numeratorOf(records)).toEqual(["T"]);
    expect(numeratorOf(records, { placementCounting: "episode" })).toEqual([]);
  });

  it("has 0 of 0 for an empty cohort", () => {
    const m = measured(visitsOnTime.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("needs visits.csv", () => {
    expect(visitsOnTime.compute(contextFor(cohortOf({}, ["episodes", "header"]), R))).toEqual({ kind: "missing-data", tables: ["visits"], year: null, note: "needs visits.csv" });
  });
});
