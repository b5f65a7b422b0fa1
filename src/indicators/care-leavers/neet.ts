import { careLeaverIndicator } from "./oc3Cohort.js";

const NEET = new Set(["G4", "G5", "G6"]);

/**
 * @name careLeaversNeet
 * @category Care leavers
 * @summary Care leavers not in education, employment or training.
 * @description OC3. Numerator: ACTIV in G4 G5 G6 (ACTIV 0, not applicable, is in neither set).
 */
export const careLeaversNeet = careLeaverIndicator(
  {
    id: "care-leavers-neet",
    narrative: { cohort: "care leavers", verb: "were not in education, employment or training" },
    title: "Care leavers not in education, employment or training",
    polarity: "lower-is-better",
    numerator: "Those with ACTIV in G4 G5 G6.",
    data: "oc3: ACTIV; header: DOB; episodes",
  },
  "ACTIV",
  (row) => NEET.has(row.activity),
);
