import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...rows) });

describe("rule 437", () => {
  it("fails a death or 18th birthday followed by another episode of the child", () => {
    expect(failuresOf("437", file("A,01/05/2022,10/05/2022,E2", "A,11/05/2022,,", "B,01/05/2022,10/05/2022,e15", "B,not a date,,"))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:4 B",
    ]);
  });

  it("passes the child's last episode, other reasons, and an ending whose DECOM it cannot read", () => {
    expect(failuresOf("437", file("A,01/05/2022,10/05/2022,E2", "B,01/05/2022,10/05/2022,E4A", "B,11/05/2022,,", "C,2022-05-01,10/05/2022,E2", "C,11/05/2022,,"))).toEqual([]);
  });

  it("gives the same answer whichever order the file lists episodes of the same DECOM", () => {
    const tied = ["A,01/05/2022,01/05/2022,E2", "A,01/05/2022,10/05/2022,E4A"];
    const forward = failuresOf("437", file(...tied));
    const backward = failuresOf("437", file(...[...tied].reverse()));
    expect(forward).toEqual(["2022-23/episodes.csv:2 A"]);
    expect(backward).toEqual(["2022-23/episodes.csv:3 A"]);
  });
});
