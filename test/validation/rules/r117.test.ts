import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 117", () => {
  it("fails a decision placed or ceased after 31 March, or after the end of the latest episode not ended X1; with that episode", () => {
    expect(failuresOf("117", folder(["A,01/05/2022,S,C2,A3,01/06/2022,X1", "A,01/06/2022,P,E1,A5,01/08/2022,E11", "B,01/05/2022,S,E1,A5,,"], ["A,01/01/2018,01/09/2022,,", "B,01/01/2018,01/05/2022,01/04/2023,RD1"]))).toEqual(["2022-23/episodes.csv:3 A", "2022-23/episodes.csv:4 B", "2022-23/placed_for_adoption.csv:2 A", "2022-23/placed_for_adoption.csv:3 B"]);
  });

  it("passes dates by that end, and decisions of a child without such an episode", () => {
    expect(failuresOf("117", folder(["A,01/05/2022,S,C2,A3,01/06/2022,X1", "A,01/06/2022,P,E1,A5,01/08/2022,E11", "B,01/05/2022,S,E1,A5,01/08/2022,X1"], ["A,01/01/2018,01/08/2022,01/08/2022,RD1", "B,01/01/2018,01/09/2022,,", "C,01/01/2018,01/09/2023,,"]))).toEqual([]);
  });
});
