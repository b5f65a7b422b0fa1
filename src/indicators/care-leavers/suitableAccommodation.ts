import { careLeaverIndicator } from "./oc3Cohort.js";

/**
 * @name careLeaversSuitableAccommodation
 * @category Care leavers
 * @summary Care leavers in suitable accommodation.
 * @description OC3; former NI 147. Numerator: ACCOM a letter followed by 1. Suitable +
 * unsuitable + no information (ACCOM 0) make up the whole cohort.
 */
export const careLeaversSuitableAccommodation = careLeaverIndicator(
  {
    id: "care-leavers-suitable-accommodation",
    narrative: { cohort: "care leavers", verb: "were in suitable accommodation" },
    title: "Care leavers in suitable accommodation",
    polarity: "higher-is-better",
    numerator: "Those with ACCOM a letter followed by 1.",
    data: "oc3: ACCOM; header: DOB; episodes",
  },
  "ACCOM",
  (row) => /^[A-Z]1$/.test(row.accommodation),
);
