import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,LS,DEC,REC", ...rows) });

describe("rule 451", () => {
  it("fails an open episode under D1", () => {
    expect(failuresOf("451", file("A,01/05/2003,D1,,"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes a closed D1 episode, and open episodes under other statuses", () => {
    expect(failuresOf("451", file("A,01/05/2003,D1,01/06/2005,E11", "B,01/05/2022,C2,,"))).toEqual([]);
  });
});
