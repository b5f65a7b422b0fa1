import type { EpisodeRecord } from "../../../src/model/records.js";
import { chain } from "../../fixtures/builders.js";

/** Children J and K of the indicators.md §3.8 worked example. */
export function childJ(id = "J"): EpisodeRecord[] {
  return chain(id, [
    { start: "2017-01-03", rne: "S", ls: "C1", place: "U6" },
    { start: "2017-06-10", rne: "L", ls: "E1", place: "U6" },
    { start: "2018-02-12", end: "2018-09-20", rne: "P", ls: "E1", place: "A6", rec: "E12" },
  ]);
}

export function childK(id = "K"): EpisodeRecord[] {
  return chain(id, [
    { start: "2017-01-03", rne: "S", ls: "C2", place: "U4" },
    { start: "2017-03-01", rne: "P", ls: "C2", place: "U4" },
    { start: "2017-11-01", end: "2018-06-30", rne: "U", ls: "E1", place: "A5", rec: "E11" },
  ]);
}
