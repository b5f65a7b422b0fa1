import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (...children: string[]) => ({
  "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010"),
  "2022-23/oc3.csv": csv("CHILD,SEX,DOB", ...children.map((child) => `${child},1,01/01/2010`)),
});

describe("rule INT06", () => {
  it("fails a child the header does not list, and a blank child", () => {
    expect(failuresOf("INT06", folder("A", "B", ""))).toEqual(["2022-23/oc3.csv:3 B", "2022-23/oc3.csv:4 -"]);
  });

  it("passes children the header lists", () => {
    expect(failuresOf("INT06", folder("A", "a"))).toEqual([]);
  });
});
