import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { EPISODE_COLUMNS, REFERENCE } from "./referenceFixture.js";

/** Rules against the DfE's URN lookup lists of Ofsted-registered providers: 219, 221, 224, 227, 228, 229, 1008. */
const episodes = (...rows: string[]) => ({ "2022-23/episodes.csv": csv(EPISODE_COLUMNS, ...rows) });
const withReference = { referenceData: REFERENCE };
const lines = (...numbers: number[]) => numbers.map((n) => `2022-23/episodes.csv:${n} ${String.fromCharCode(63 + n)}`);

describe("rules on Ofsted registrations", () => {
  it("1008 fails a URN not on the lists; XXXXXXX and blanks pass", () => {
    expect(failuresOf("1008", episodes("A,01/05/2022,S,C2,K2,PR1,,,,SC999999", "B,01/05/2022,S,C2,K2,PR1,,,,SC100001", "C,01/05/2022,S,C2,K2,PR1,,,,XXXXXXX", "D,01/05/2022,S,C2,K2,PR1,,,,"), withReference)).toEqual(lines(2));
  });

  it("1008 is skipped without the lists", () => {
    expect(failuresOf("1008", episodes("A,01/05/2022,S,C2,K2,PR1,,,,SC999999"))).toBe("skipped: needs the Ofsted provider lists");
  });

  it("219 fails a placement type the registration does not allow, or an unlisted URN", () => {
    expect(failuresOf("219", episodes("A,01/05/2022,S,C2,K1,PR1,,,,SC100001", "B,01/05/2022,S,C2,K2,PR1,,,,SC999999", "C,01/05/2022,S,C2,K2,PR1,,,,SC100001", "D,01/05/2022,S,C2,U1,PR4,,,,SC200001"), withReference)).toEqual(lines(2, 3));
  });

  it("224 fails a provider the registration does not carry (either of PR1/PR2 passes)", () => {
    expect(failuresOf("224", episodes("A,01/05/2022,S,C2,K2,PR4,,,,SC100001", "B,01/05/2022,S,C2,K2,,,,,SC100001", "C,01/05/2022,S,C2,K2,PR2,,,,SC100001", "D,01/05/2022,S,C2,K2,PR1,,,,SC100001"), withReference)).toEqual(lines(2, 3));
  });

  it("221 fails a K2 placement away from the registered postcode; respite and other types pass", () => {
    const files = episodes(
      "A,01/05/2022,S,C2,K2,PR1,,PE1 1AA,PE1 1AA,SC100001",
      "B,01/05/2022,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,SC100001",
      "C,01/05/2022,S,V3,K2,PR1,,PE1 1AA,PE1 1AA,SC100001",
      "D,01/05/2022,S,C2,U1,PR4,,PE1 1AA,PE2 2BB,SC200001",
      "E,01/05/2022,S,C2,K2,PR1,,PE1 1AA,,SC100001",
    );
    expect(failuresOf("221", files, withReference)).toEqual(lines(2));
  });

  it("221 checks H5 in 2023-24 and K3 from 2024-25", () => {
    const row = (year: string, place: string) => ({ [`${year}/episodes.csv`]: csv(EPISODE_COLUMNS, `A,01/05/2023,S,C2,${place},PR1,,PE1 1AA,PE1 1AA,SC100001`) });
    expect(failuresOf("221", row("2023-24", "H5"), withReference)).toEqual(["2023-24/episodes.csv:2 A"]);
    expect(failuresOf("221", row("2024-25", "K3"), withReference)).toEqual(["2024-25/episodes.csv:2 A"]);
    expect(failuresOf("221", row("2022-23", "H5"), withReference)).toEqual([]);
  });

  it("227 fails an episode starting on or after the registration ended", () => {
    expect(failuresOf("227", episodes("A,31/12/2022,S,C2,K2,PR3,,,,SC100002", "B,30/12/2022,S,C2,K2,PR3,,,,SC100002", "C,01/01/2023,S,C2,K2,PR1,,,,SC100001"), withReference)).toEqual(lines(2));
  });

  it("228 fails an episode ending after the registration ended, or left open past it", () => {
    const files = episodes("A,01/05/2022,S,C2,K2,PR3,01/01/2023,,,SC100002", "B,01/05/2022,S,C2,K2,PR3,,,,SC100002", "C,01/05/2022,S,C2,K2,PR3,31/12/2022,,,SC100002", "D,01/05/2022,S,C2,K2,PR1,,,,SC100001");
    expect(failuresOf("228", files, withReference)).toEqual(lines(2, 3));
  });

  it("229 fails own provision (PR1) with a provider elsewhere, and another council's (PR2) with one in our area", () => {
    const files = episodes("A,01/05/2022,S,C2,K2,PR1,,,,SC100002", "B,01/05/2022,S,C2,K2,PR2,,,,SC100001", "C,01/05/2022,S,C2,K2,PR1,,,,SC100001", "D,01/05/2022,S,C2,K2,PR2,,,,SC100002", "E,01/05/2022,S,C2,K2,PR1,,,,SC999999");
    expect(failuresOf("229", files, withReference)).toEqual(lines(2, 3, 6));
  });
});
