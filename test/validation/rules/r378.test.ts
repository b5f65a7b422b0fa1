import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,PLACE,LS", ...rows) });

describe("rule 378", () => {
  it("fails a placement with parents under a single period of section 20", () => {
    expect(failuresOf("378", file("A,P1,V2"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes a placement with parents under a care order, and V2 in another placement", () => {
    expect(failuresOf("378", file("A,P1,C2", "B,U1,V2"))).toEqual([]);
  });
});
