import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const header = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,ETHNIC", ...rows) });

describe("rule 351", () => {
  it("fails a child 25 before the year started (1 April 2022)", () => {
    expect(failuresOf("351", header("A,1,31/03/1997,WBRI"))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes a child who turns 25 on the first day", () => {
    expect(failuresOf("351", header("A,1,01/04/1997,WBRI"))).toEqual([]);
  });
});
