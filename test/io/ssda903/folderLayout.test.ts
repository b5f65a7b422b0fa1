import { describe, expect, it } from "vitest";
import { planFolder, plansA903Table, tableOfFileName } from "../../../src/io/ssda903/folderLayout.js";

describe("tableOfFileName", () => {
  it("matches names ending in a table after a separator, longest table first", () => {
    expect(tableOfFileName("903_Episodes.csv")).toBe("episodes");
    expect(tableOfFileName("LA_sw_episodes.csv")).toBe("sw_episodes");
    expect(tableOfFileName("REVIEWS.CSV")).toBe("reviews");
    expect(tableOfFileName("la placed_for_adoption.csv")).toBe("placed_for_adoption");
  });
  it("does not match without a separator or the .csv ending", () => {
    expect(tableOfFileName("myepisodes.csv")).toBeNull();
    expect(tableOfFileName("episodes.txt")).toBeNull();
    expect(tableOfFileName("DoLo.csv")).toBeNull();
  });
});

describe("planFolder", () => {
  it("reads a single return from the top folder and reports its subfolders", () => {
    const plan = planFolder(["episodes.csv", "header.csv", "2021-22/episodes.csv", "readme.txt"]);
    expect(plan.years).toEqual([{ label: null, endYear: null, files: [{ path: "header.csv", table: "header" }, { path: "episodes.csv", table: "episodes" }] }]);
    expect(plan.issues.map((i) => [i.code, i.file])).toEqual([["unknown-file", "readme.txt"], ["unknown-file", "2021-22"]]);
  });

  it("says why a year folder beside table files is not read", () => {
    const [issue] = planFolder(["episodes.csv", "2021-22/episodes.csv"]).issues;
    expect([issue!.code, issue!.severity, issue!.file, issue!.line, issue!.column]).toEqual(["unknown-file", "warning", "2021-22", null, null]);
    expect(issue!.message).toBe("folder 2021-22 is not read: the data folder holds table files itself, so it is read as one return");
  });

  it("reads year folders oldest first when the top holds no table", () => {
    const plan = planFolder(["2022-2023/episodes.csv", "2021-22/episodes.csv", "misc/", "notes.txt"]);
    expect(plan.years.map((y) => [y.label, y.endYear, y.files.map((f) => f.path)])).toEqual([
      ["2021-22", 2022, ["2021-22/episodes.csv"]],
      ["2022-23", 2023, ["2022-2023/episodes.csv"]],
    ]);
    expect(plan.issues.filter((i) => i.code === "unknown-file").map((i) => i.file).sort()).toEqual(["misc", "notes.txt"]);
    // Neither year has header.csv: a missing-table warning each.
    expect(plan.issues.filter((i) => i.code === "missing-table").map((i) => [i.severity, i.file])).toEqual([["warning", "2021-22"], ["warning", "2022-2023"]]);
  });

  it("reads the first of two files for one table and reports the second", () => {
    const plan = planFolder(["b_episodes.csv", "a_episodes.csv"]);
    expect(plan.years[0]!.files).toEqual([{ path: "a_episodes.csv", table: "episodes" }]);
    expect(plan.issues.map((i) => [i.code, i.severity, i.file])).toEqual([["duplicate-table", "error", "b_episodes.csv"], ["missing-table", "warning", null]]);
  });

  it("knows when no 903 table is there", () => {
    expect(plansA903Table(planFolder(["visits.csv"]))).toBe(false);
    expect(plansA903Table(planFolder(["2020-21/oc3.csv"]))).toBe(true);
  });
});
