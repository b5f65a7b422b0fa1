import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, episodes: string[], decisions: string[]) => ({
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
  [`${year}/placed_for_adoption.csv`]: csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...decisions),
});

describe("rule 557", () => {
  it("fails leaving care unadopted from a placement for adoption or an order, without decisions or with one not fully ceased", () => {
    expect(failuresOf("557", folder("2022-23", ["A,01/05/2022,P,E1,U1,01/06/2022,E13", "B,01/05/2022,P,D1,A5,01/06/2022,E4A"], ["B,01/01/2018,01/04/2022,01/06/2022,"]))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B", "2022-23/placed_for_adoption.csv:2 B",
    ]);
    expect(failuresOf("557", folder("2024-25", ["A,01/05/2024,P,E1,U1,01/06/2024,E13"], []))).toEqual(["2024-25/episodes.csv:2 A"]);
  });

  it("passes a decision fully ceased, adoptions, open episodes, and from 2024-25 a freeing order outside an adoption placement", () => {
    expect(failuresOf("557", folder("2022-23", ["A,01/05/2022,P,E1,U1,01/06/2022,E13", "B,01/05/2022,P,E1,A5,01/06/2022,E11", "C,01/05/2022,P,E1,A5,,"], ["A,01/01/2018,01/04/2022,01/06/2022,RD1"]))).toEqual([]);
    expect(failuresOf("557", folder("2024-25", ["A,01/05/2024,P,D1,U1,01/06/2024,E13"], []))).toEqual([]);
  });
});
