import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

/**
 * 205A–205D: UASC status and the date it ceased (DUC) across two years. The headers here carry
 * a UASC column (as the DfE's XML does); the last case derives it from the UASC table, as for CSV.
 */
const folder = (header: string[], headerLast: string[], uasc: string[], uascLast: string[]) => ({
  "2021-22/header.csv": csv("CHILD,SEX,DOB,UASC", ...headerLast),
  "2021-22/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...uascLast),
  "2022-23/header.csv": csv("CHILD,SEX,DOB,UASC", ...header),
  "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...uasc),
});

describe("rule 205A: UASC last year only", () => {
  it("fails when DUC is given this year, or last year's DUC is not in last year", () => {
    const files = folder(["A,1,01/01/2004,0", "B,1,01/01/2004,0"], ["A,1,01/01/2004,1", "B,1,01/01/2004,1"], ["A,1,01/01/2004,01/01/2022", "B,1,01/01/2004,"], ["A,1,01/01/2004,01/01/2022", "B,1,01/01/2004,01/01/2021"]);
    expect(failuresOf("205A", files)).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/uasc.csv:2 A", "2022-23/uasc.csv:3 B"]);
  });

  it("passes a DUC last year in last year and none this year", () => {
    const files = folder(["A,1,01/01/2004,0"], ["A,1,01/01/2004,1"], ["A,1,01/01/2004,"], ["A,1,01/01/2004,01/01/2022"]);
    expect(failuresOf("205A", files)).toEqual([]);
  });
});

describe("rule 205B: UASC in both years", () => {
  it("fails when last year's DUC is not the 18th birthday, or this year's is neither in the year nor last year's", () => {
    const files = folder(["A,1,01/06/2003,1", "B,1,01/06/2003,1"], ["A,1,01/06/2003,1", "B,1,01/06/2003,1"], ["A,1,01/06/2003,01/06/2021", "B,1,01/06/2003,"], ["A,1,01/06/2003,01/06/2020", "B,1,01/06/2003,01/06/2021"]);
    expect(failuresOf("205B", files)).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/uasc.csv:2 A", "2022-23/uasc.csv:3 B"]);
  });

  it("passes last year's DUC on the 18th birthday repeated this year", () => {
    const files = folder(["A,1,01/06/2003,1"], ["A,1,01/06/2003,1"], ["A,1,01/06/2003,01/06/2021"], ["A,1,01/06/2003,01/06/2021"]);
    expect(failuresOf("205B", files)).toEqual([]);
  });
});

describe("rule 205C: UASC in neither year", () => {
  it("fails a DUC in either year", () => {
    const files = folder(["A,1,01/01/2004,0", "B,1,01/01/2004,0", "C,1,01/01/2004,0"], ["A,1,01/01/2004,0"], ["A,1,01/01/2004,", "B,1,01/01/2004,01/05/2022", "C,1,01/01/2004,"], ["A,1,01/01/2004,01/01/2022"]);
    expect(failuresOf("205C", files)).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/uasc.csv:2 A", "2022-23/uasc.csv:3 B"]);
  });

  it("passes a child UASC last year", () => {
    expect(failuresOf("205C", folder(["A,1,01/01/2004,0"], ["A,1,01/01/2004,1"], ["A,1,01/01/2004,01/05/2022"], ["A,1,01/01/2004,"]))).toEqual([]);
  });
});

describe("rule 205D: UASC this year", () => {
  it("fails a child in last year's return who was not UASC then", () => {
    expect(failuresOf("205D", folder(["A,1,01/01/2004,1", "B,1,01/01/2004,1", "C,1,01/01/2004,1"], ["A,1,01/01/2004,0", "B,1,01/01/2004,1"], [], []))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("reads a CSV header without a UASC column through the UASC tables, as the DfE's tool derives it", () => {
    const files = {
      "2021-22/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2004", "B,1,01/01/2004"),
      "2021-22/uasc.csv": csv("CHILD,SEX,DOB,DUC", "B,1,01/01/2004,"),
      "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2004", "B,1,01/01/2004"),
      "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", "A,1,01/01/2004,", "B,1,01/01/2004,"),
    };
    expect(failuresOf("205D", files)).toEqual(["2022-23/header.csv:2 A"]);
  });
});
