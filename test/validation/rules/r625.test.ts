import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,MOTHER,MC_DOB", ...a), "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...b) });

describe("rule 625", () => {
  it("fails a mother's child born after her latest ended episode or after 31 March; both rows", () => {
    expect(failuresOf("625", folder(["A,2,01/01/2005,1,02/06/2022"], ["A,01/05/2022,S,C2,U1,01/06/2022,E13", "A,01/01/2022,S,C2,U1,01/02/2022,E13"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/header.csv:2 A"]);
  });

  it("passes a child born by then, and a mother with no ended episode", () => {
    expect(failuresOf("625", folder(["A,2,01/01/2005,1,01/06/2022", "B,2,01/01/2005,1,01/03/2023"], ["A,01/05/2022,S,C2,U1,01/06/2022,E13", "B,01/05/2022,S,C2,U1,,"]))).toEqual([]);
  });
});
