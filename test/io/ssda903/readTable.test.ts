import { describe, expect, it } from "vitest";
import { parseReturn903 } from "../../../src/io/ssda903/parseReturn903.js";
import { brief } from "./helpers.js";

const issuesOf = (files: Record<string, string>) => parseReturn903(files, { requireTables: false }).dataQuality.issues;

describe("readTable: header columns", () => {
  it("gives one extra-column warning, naming no indicator, for trailing unnamed columns", () => {
    const issues = issuesOf({ "peps.csv": "CHILD,PEP_DATE,,\n1,01/01/2019,,\n" });
    expect(brief(issues)).toEqual([["extra-column", "warning", 1, null]]);
    expect(issues[0]!.indicators).toEqual([]);
    expect(issues[0]!.message).toBe("2 unnamed columns (columns 3, 4) are ignored");
  });

  it("names no indicator for a single unnamed column either", () => {
    const issues = issuesOf({ "episodes.csv": "CHILD,DECOM,RNE,LS,PLACE,DEC,REC,\n1,01/04/2018,S,C2,U4,,,\n" });
    expect(issues).toEqual([
      { code: "extra-column", severity: "warning", file: "episodes.csv", line: 1, column: null, message: "an unnamed column (column 8) is ignored", indicators: [], count: 1, child: null },
    ]);
  });

  it("names a repeated unknown column as the file first spells it", () => {
    const issues = issuesOf({ "peps.csv": "CHILD,PEP_DATE,Notes,notes\n1,01/01/2019,a,b\n" });
    expect(brief(issues.filter((i) => i.code === "duplicate-column"))).toEqual([["duplicate-column", "error", 1, "Notes"]]);
  });

  it("names a repeated 903 column as the 903 spells it, once", () => {
    const issues = issuesOf({ "peps.csv": "child,PEP_DATE,Child,CHILD\n1,01/01/2019,1,1\n" });
    expect(brief(issues)).toEqual([["duplicate-column", "error", 1, "CHILD"]]);
  });

  it("numbers header issues by the header's own line when blank lines come first", () => {
    const issues = issuesOf({ "peps.csv": "\n\nCHILD,DATE_OF_PEP\n1,01/01/2019\n" });
    expect(brief(issues)).toEqual([
      ["blank-line", "warning", 1, null],
      ["extra-column", "warning", 3, "DATE_OF_PEP"],
      ["missing-column", "error", 3, "PEP_DATE"],
    ]);
  });
});

describe("readTable: id-float-artefact", () => {
  it("gives one warning per file, even when two id columns carry the artefact", () => {
    const issues = issuesOf({ "header.csv": "CHILD,SEX,DOB,UPN\n12.0,1,01/01/2010,5.0\n13,1,01/01/2010,6.0\n" });
    expect(brief(issues)).toEqual([["id-float-artefact", "warning", 2, "CHILD"]]);
    // CHILD is personal data: the message names the column, never the id.
    expect(issues[0]!.message).toBe("CHILD values written as decimals (such as 12.0) were read as whole numbers, in 2 records");
  });
});
