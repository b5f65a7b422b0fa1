import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { EPISODE_COLUMNS, REFERENCE } from "./referenceFixture.js";

const episodes = (year: string, ...rows: string[]) => ({ [`${year}/episodes.csv`]: csv(EPISODE_COLUMNS, ...rows) });
const withReference = { referenceData: REFERENCE };

describe("rule 218", () => {
  it("fails an English placement open in the year without a URN", () => {
    const files = episodes("2022-23", "A,01/05/2022,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,", "B,01/05/2021,S,C2,K2,PR1,01/04/2022,PE1 1AA,PE2 2BB,");
    expect(failuresOf("218", files, withReference)).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a URN, an exempt placement type, an episode ended before the year, and a placement in Scotland", () => {
    const files = episodes(
      "2022-23",
      "A,01/05/2022,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,SC100001",
      "B,01/05/2022,S,C2,P1,PR1,,PE1 1AA,PE2 2BB,",
      "C,01/05/2021,S,C2,K2,PR1,31/03/2022,PE1 1AA,PE2 2BB,",
      "D,01/05/2022,S,C2,K2,PR1,,PE1 1AA,EH1 1AA,",
    );
    expect(failuresOf("218", files, withReference)).toEqual([]);
  });

  it("counts a placement LA it cannot derive as outside England until 2024-25, and as inside from 2025-26", () => {
    expect(failuresOf("218", episodes("2024-25", "A,01/05/2024,S,C2,K2,PR1,,PE1 1AA,XX1 1XX,"), withReference)).toEqual([]);
    expect(failuresOf("218", episodes("2025-26", "A,01/05/2025,S,C2,K2,PR1,,PE1 1AA,XX1 1XX,"), withReference)).toEqual(["2025-26/episodes.csv:2 A"]);
  });

  it("exempts H5 until 2023-24 only, and Z11 from 2025-26", () => {
    expect(failuresOf("218", episodes("2023-24", "A,01/05/2023,S,C2,H5,PR1,,PE1 1AA,PE2 2BB,"), withReference)).toEqual([]);
    expect(failuresOf("218", episodes("2024-25", "A,01/05/2024,S,C2,H5,PR1,,PE1 1AA,PE2 2BB,"), withReference)).toEqual(["2024-25/episodes.csv:2 A"]);
    expect(failuresOf("218", episodes("2025-26", "A,01/05/2025,S,C2,Z11,PR1,,PE1 1AA,PE2 2BB,"), withReference)).toEqual([]);
  });
});
