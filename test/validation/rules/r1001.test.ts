import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

/** Children born 01/01/2004 turn 14 on 01/01/2018 and 16 on 01/01/2020; checked in 2022-23 with 2021-22's episodes too. */
const folder = (episodes: string[], last: string[], oc3: string[], header: string[]) => ({
  "2021-22/episodes.csv": csv("CHILD,DECOM,LS,DEC,REC", ...last),
  "2022-23/episodes.csv": csv("CHILD,DECOM,LS,DEC,REC", ...episodes),
  "2022-23/header.csv": csv("CHILD,SEX,DOB", ...header),
  "2022-23/oc3.csv": csv("CHILD,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});
const OTHER_CHILD_LAST_YEAR = ["Z,01/01/2020,C2,01/02/2020,E4A"];

describe("rule 1001", () => {
  it("fails too few days, days only before 16, respite only, adoption, a child over 20, and one without episodes", () => {
    const episodes = ["A,01/03/2022,C2,01/05/2022,E4A", "B,01/04/2018,C2,01/12/2019,E4A", "C,01/04/2022,V3,30/12/2022,E4A", "D,01/04/2021,C2,01/12/2022,E4A", "G,01/04/2022,C2,01/07/2022,E4A"];
    const last = ["A,01/01/2019,C2,15/01/2019,E4A", "E,01/01/2019,C2,01/02/2021,E11"];
    const header = ["A,1,01/01/2004", "B,1,01/01/2004", "C,1,01/01/2004", "D,1,01/01/2002", "E,1,01/01/2004", "G,1,01/01/2004"];
    const oc3 = ["A,YES,F2,B", "B,YES,F2,B", "C,YES,F2,B", "D,YES,F2,B", "E,YES,F2,B", "F,YES,F2,B", "G,YES,F2,B"];
    expect(failuresOf("1001", folder(episodes, last, oc3, header))).toEqual(["A", "B", "C", "D", "E", "F"].map((child, k) => `2022-23/oc3.csv:${k + 2} ${child}`));
  });

  it("passes 91 days after 14 with some after 16, counted across both years", () => {
    expect(failuresOf("1001", folder(["A,01/04/2022,C2,01/06/2022,E4A"], ["A,01/01/2020,C2,31/01/2020,E4A"], ["A,YES,F2,B"], ["A,1,01/01/2004"]))).toEqual([]);
  });

  it("ends the latest episode, left open, on 31 March: 91 days from 30 December pass, 90 from 31 December fail", () => {
    const check = (decom: string) => failuresOf("1001", folder([`A,${decom},C2,,`], OTHER_CHILD_LAST_YEAR, ["A,YES,F2,B"], ["A,1,01/01/2004"]));
    expect([check("30/12/2022"), check("31/12/2022")]).toEqual([[], ["2022-23/oc3.csv:2 A"]]);
  });

  it("counts an episode in both years' files once", () => {
    const same = "A,01/04/2022,C2,21/05/2022,E4A"; // 50 days: 100 if counted twice
    expect(failuresOf("1001", folder([same], [same], ["A,YES,F2,B"], ["A,1,01/01/2004"]))).toEqual(["2022-23/oc3.csv:2 A"]);
  });

  it("flags nothing when last year's episodes file is empty, and is skipped without one", () => {
    expect(failuresOf("1001", folder(["A,01/03/2022,C2,01/04/2022,E4A"], [], ["A,YES,F2,B"], ["A,1,01/01/2004"]))).toEqual([]);
    const { "2021-22/episodes.csv": _, ...withoutLastYear } = folder(["A,01/03/2022,C2,01/04/2022,E4A"], [], ["A,YES,F2,B"], ["A,1,01/01/2004"]);
    expect(failuresOf("1001", withoutLastYear)).toBe("skipped: needs last year's episodes.csv");
  });
});
