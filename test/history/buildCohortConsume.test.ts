import { describe, expect, it } from "vitest";
import { buildCohort } from "../../src/history/buildCohort.js";
import { episodesOf } from "../fixtures/builders.js";
import { parseReturn903 } from "../../src/io/ssda903/parseReturn903.js";
import { readFolder903 } from "../../src/node.js";
import { generate903 } from "../../benchmarks/generator/generate903.js";

const EPISODE_HEADER = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

/** `consume`: the return is handed over and the tables the cohort copies are emptied; the cohort must be the one a copy gives. */
describe("buildCohort with consume", () => {
  const folders = {
    example: () => readFolder903("examples/peterborough-2019-01"),
    // One year, sorted by child and DECOM: its episodes file is taken over whole as the cohort's columns.
    "one-year": async () => generate903({ children: 300, years: ["2018-19"], seed: 6 }),
    // A single return whose postcodes and URNs need normalising, repeated over a child's rows; and one not grouped by child.
    flat: async () => ({
      "episodes.csv": `${EPISODE_HEADER}\nA,01/05/2017,S,C2,N1,U1,PR1,01/06/2017,X1,,,pe2 2bb,sc123456\nA,01/06/2017,P,C2,N1,U1,PR1,,,,,pe2 2bb,sc123456\nB,01/06/2017,S,C2,N1,U1,PR1,,,,,CB1 1AA,XXXXXXX\n`,
    }),
    "flat, not grouped": async () => ({
      "episodes.csv": `${EPISODE_HEADER}\nA,01/05/2017,S,C2,N1,U1,PR1,01/06/2017,X1,,,pe2 2bb,sc123456\nB,01/06/2017,S,C2,N1,U1,PR1,,,,,CB1 1AA,XXXXXXX\nA,01/06/2017,P,C2,N1,U1,PR1,,,,,pe2 2bb,sc123456\n`,
    }),
    generated: async () => generate903({ children: 300, years: ["2016-17", "2017-18", "2018-19"], seed: 5 }),
    // A's episode is open in 2017-18 and not repeated in 2018-19: stale.
    "two-year": async () => ({
      "2017-18/episodes.csv": `${EPISODE_HEADER}\nA,01/05/2017,S,C2,N1,U1,PR1,,,,pe1 1aa,pe2 2bb,SC123456\nB,01/06/2017,S,C2,N1,U1,PR1,01/07/2017,E4A,,,,\n`,
      "2018-19/episodes.csv": `${EPISODE_HEADER}\nB,01/06/2017,S,C2,N1,U1,PR1,01/07/2017,E4A,,,,\nC,01/01/2019,S,C2,N1,K2,PR1,,,,,CB1 1AA,XXXXXXX\n`,
    }),
  };

  for (const [name, read] of Object.entries(folders)) {
    it(`stitches the ${name} folder into the same cohort and issues, and lets go of the rows it copied`, async () => {
      const files = await read();
      const copied = buildCohort(parseReturn903(files).return903);
      const handedOver = parseReturn903(files).return903;
      const consumed = buildCohort(handedOver, { consume: true });
      expect(consumed.cohort).toEqual(copied.cohort);
      expect(consumed.issues).toEqual(copied.issues);
      // What the stitching sets on the episodes is exercised: normalised postcodes, and for the generated years, stale open episodes.
      const episodes = copied.cohort.children.flatMap((_, position) => episodesOf(copied.cohort, position));
      expect(episodes.some((e) => e.placementPostcode !== null)).toBe(true);
      if (name.startsWith("flat")) expect(episodes.map((e) => [e.childId, e.endYear, e.placementPostcode, e.urn])).toEqual([["A", null, "PE22BB", "SC123456"], ["A", null, "PE22BB", "SC123456"], ["B", null, "CB11AA", null]]);
      if (name === "one-year") expect(episodes.every((e) => e.endYear === 2019)).toBe(true);
      if (name === "two-year") expect(episodes.map((e) => [e.childId, e.stale, e.placementPostcode, e.urn])).toEqual([["A", true, "PE22BB", "SC123456"], ["B", false, null, null], ["C", false, "CB11AA", null]]);
      const released = ["episodes", "header", "reviews", "peps", "visits", "health_assessments", "oc2", "oc3", "uasc", "pathway_plans", "previous_permanence", "sw_episodes"] as const;
      for (const year of handedOver.years) expect(released.map((table) => year.records[table].length)).toEqual(released.map(() => 0));
      // The generated years have rows in the tables only read for a DOB or copied, so their release is seen.
      if (name === "generated") {
        const read = parseReturn903(files).return903.years;
        for (const table of ["oc2", "oc3", "uasc", "pathway_plans", "previous_permanence"] as const) expect(read.some((year) => year.records[table].length > 0)).toBe(true);
      }
    });
  }
});
