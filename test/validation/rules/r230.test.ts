import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { EPISODE_COLUMNS, REFERENCE } from "./referenceFixture.js";

const episodes = (...rows: string[]) => ({ "2023-24/episodes.csv": csv(EPISODE_COLUMNS, ...rows) });
const withReference = { referenceData: REFERENCE };

describe("rule 230 (2023-24)", () => {
  it("fails an English H5 placement open on or after 29 October 2023 without a real URN", () => {
    const files = episodes("A,01/05/2023,S,C2,H5,PR1,,PE1 1AA,PE2 2BB,", "B,01/05/2023,S,C2,H5,PR1,29/10/2023,PE1 1AA,PE2 2BB,XXXXXXX");
    expect(failuresOf("230", files, withReference)).toEqual(["2023-24/episodes.csv:2 A", "2023-24/episodes.csv:3 B"]);
  });

  it("passes one ended before, one with a URN, one outside England or not placed, and other placement types", () => {
    const files = episodes(
      "A,01/05/2023,S,C2,H5,PR1,28/10/2023,PE1 1AA,PE2 2BB,",
      "B,01/05/2023,S,C2,H5,PR1,,PE1 1AA,PE2 2BB,SC100001",
      "C,01/05/2023,S,C2,H5,PR1,,PE1 1AA,EH1 1AA,",
      "D,01/05/2023,S,C2,H5,PR1,,PE1 1AA,XX1 1XX,",
      "E,01/05/2023,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,",
    );
    expect(failuresOf("230", files, withReference)).toEqual([]);
  });
});
