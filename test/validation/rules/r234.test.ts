import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2025-26/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2025-26/header.csv": csv("CHILD,SEX,DOB", ...b) });

describe("rule 234", () => {
  it("fails a placement change for custody of a child under 10; both rows", () => {
    expect(failuresOf("234", folder(["A,01/05/2025,P,C2,R5,,,CUSTOD"], ["A,M,02/05/2015"]))).toEqual(["2025-26/episodes.csv:2 A", "2025-26/header.csv:2 A"]);
  });

  it("passes a child of 10, and other reasons", () => {
    expect(failuresOf("234", folder(["A,01/05/2025,P,C2,R5,,,CUSTOD", "B,01/05/2025,P,C2,U1,,,CARPL"], ["A,M,01/05/2015", "B,M,01/05/2020"]))).toEqual([]);
  });
});
