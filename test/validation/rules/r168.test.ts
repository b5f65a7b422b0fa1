import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...rows) });

describe("rule 168", () => {
  it("fails a UPN of the wrong form, one starting I, O or S, and UN6", () => {
    expect(failuresOf("168", file("A,1,01/01/2010,A12345678901", "B,1,01/01/2010,I123456789012", "C,1,01/01/2010,UN6"))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/header.csv:4 C"]);
  });

  it("passes both forms of UPN, the unknown codes and a blank", () => {
    expect(failuresOf("168", file("A,1,01/01/2010,A123456789012", "B,1,01/01/2010,A12345678901B", "C,1,01/01/2010,UN3", "D,1,01/01/2010,"))).toEqual([]);
  });
});
