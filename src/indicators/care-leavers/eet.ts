import { careLeaverIndicator } from "./oc3Cohort.js";

const EET = new Set(["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5"]);

/**
 * @name careLeaversEet
 * @category Care leavers
 * @summary Care leavers in education, employment or training.
 * @description OC3; former NI 148. Numerator: ACTIV in F1 P1 F2 P2 F3 P3 F4 P4 F5 P5, whichever
 * collection year the code appears in (F3/P3 to 2020-21, F4/P4/F5/P5 from 2021-22).
 */
export const careLeaversEet = careLeaverIndicator(
  {
    id: "care-leavers-eet",
    narrative: { cohort: "care leavers", verb: "were in education, employment or training" },
    title: "Care leavers in education, employment or training",
    polarity: "higher-is-better",
    numerator: "Those with ACTIV in F1 P1 F2 P2 F3 P3 F4 P4 F5 P5.",
    data: "oc3: ACTIV; header: DOB; episodes",
  },
  "ACTIV",
  (row) => EET.has(row.activity),
);
