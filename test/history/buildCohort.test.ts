import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../src/dates/day.js";
import { buildCohort } from "../../src/history/buildCohort.js";
import { tableRecordsOf } from "../../src/model/return903.js";
import { episode, episodesOf } from "../fixtures/builders.js";

describe("buildCohort", () => {
  it("keeps the later year's copy of an episode both years hold (§1.5 example)", () => {
    const open = episode("123", { start: "2021-09-01" }, "2021-22/episodes.csv");
    const closed = episode("123", { start: "2021-09-01", end: "2022-06-14", rec: "E4A" }, "2022-23/episodes.csv");
    const { cohort, issues } = buildCohort({
      years: [
        { label: "2021-22", endYear: 2022, tables: ["episodes"], records: tableRecordsOf({ episodes: [open] }) },
        { label: "2022-23", endYear: 2023, tables: ["episodes"], records: tableRecordsOf({ episodes: [closed] }) },
      ],
    });
    expect(cohort.children).toHaveLength(1);
    expect(episodesOf(cohort, 0)).toHaveLength(1);
    expect(episodesOf(cohort, 0)[0]!.end).toBe(dayFromIso("2022-06-14"));
    expect(episodesOf(cohort, 0)[0]!.endReason).toBe("E4A");
    expect(issues.filter((i) => i.code === "stale-open-episode")).toEqual([]);
  });

  it("warns about an open episode that no later year repeats, and keeps it open", () => {
    const open = episode("7", { start: "2021-09-01" }, "2021-22/episodes.csv");
    const other = episode("8", { start: "2022-09-01" }, "2022-23/episodes.csv");
    const { cohort, issues } = buildCohort({
      years: [
        { label: "2021-22", endYear: 2022, tables: ["episodes"], records: tableRecordsOf({ episodes: [open] }) },
        { label: "2022-23", endYear: 2023, tables: ["episodes"], records: tableRecordsOf({ episodes: [other] }) },
      ],
    });
    const seven = episodesOf(cohort, "7");
    expect(seven[0]!.end).toBeNull();
    expect(seven[0]!.stale).toBe(true);
    expect(issues.map((i) => [i.code, i.file, i.line])).toEqual([["stale-open-episode", "2021-22/episodes.csv", open.line]]);
  });

  it("keeps both rows of a zero-length episode and its same-day successor (they share a key)", () => {
    const a = episode("9", { start: "2020-01-01", end: "2020-01-01", rec: "X1" });
    const b = episode("9", { start: "2020-01-01", rne: "P" });
    const { cohort } = buildCohort({ years: [{ label: null, endYear: null, tables: ["episodes"], records: tableRecordsOf({ episodes: [a, b] }) }] });
    expect(episodesOf(cohort, 0)).toHaveLength(2);
  });

  it("keeps identifiers as text: 0012 and 12 are two children", () => {
    const { cohort } = buildCohort({ years: [{ label: null, endYear: null, tables: ["episodes"], records: tableRecordsOf({ episodes: [episode("0012", { start: "2020-01-01" }), episode("12", { start: "2020-01-01" })] }) }] });
    expect(cohort.children.map((c) => c.childId)).toEqual(["0012", "12"]);
  });

  it("warns when an X1 end has no same-day successor", () => {
    const { issues } = buildCohort({ years: [{ label: null, endYear: null, tables: ["episodes"], records: tableRecordsOf({ episodes: [episode("5", { start: "2020-01-01", end: "2020-02-01", rec: "X1" })] }) }] });
    expect(issues.map((i) => i.code)).toEqual(["x1-without-successor"]);
  });
});
