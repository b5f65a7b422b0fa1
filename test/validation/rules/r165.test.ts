import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (header: string[], episodes: string[], oc3: string[]) => ({
  "2022-23/header.csv": csv("CHILD,SEX,DOB,MOTHER", ...header),
  "2022-23/episodes.csv": csv("CHILD,DECOM,LS,DEC", ...episodes),
  "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});

describe("rule 165", () => {
  it("fails a MOTHER that is not 0 or 1, one for a boy, none for a girl in care, and one for a girl who left care with OC3 items", () => {
    expect(
      failuresOf("165", folder(
        ["A,2,01/01/2005,2", "B,1,01/01/2005,0", "C,2,01/01/2005,", "D,2,01/01/2004,1"],
        ["A,01/05/2022,C2,", "B,01/05/2022,C2,", "C,01/05/2022,C2,", "D,01/05/2020,C2,01/05/2021"],
        ["D,01/01/2004,YES,F1,S1"],
      )),
    ).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/header.csv:4 C", "2022-23/header.csv:5 D", "2022-23/oc3.csv:2 D"]);
  });

  it("passes a girl in care with MOTHER, a boy without, children only in respite, and from 2024-25 the new SEX codes", () => {
    expect(failuresOf("165", folder(["A,2,01/01/2005,0", "B,1,01/01/2005,", "C,1,01/01/2005,1"], ["A,01/05/2022,C2,", "B,01/05/2022,C2,", "C,01/05/2022,V3,"], []))).toEqual([]);
    expect(
      failuresOf("165", {
        "2024-25/header.csv": csv("CHILD,SEX,DOB,MOTHER", "A,F,01/01/2007,"),
        "2024-25/episodes.csv": csv("CHILD,DECOM,LS,DEC", "A,01/05/2024,C2,"),
        "2024-25/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM"),
      }),
    ).toEqual([]);
  });
});
