import { careLeaverIndicator } from "./oc3Cohort.js";

/**
 * @name careLeaversUnsuitableAccommodation
 * @category Care leavers
 * @summary Care leavers not in suitable accommodation.
 * @description Numerator: ACCOM a letter followed by 2, as a share of the whole cohort (as the
 * January 2019 report defines it).
 */
export const careLeaversUnsuitableAccommodation = careLeaverIndicator(
  {
    id: "care-leavers-unsuitable-accommodation",
    narrative: { cohort: "care leavers", verb: "were not in suitable accommodation" },
    title: "Care leavers not in suitable accommodation",
    polarity: "lower-is-better",
    numerator: "Those with ACCOM a letter followed by 2.",
    data: "oc3: ACCOM; header: DOB; episodes",
  },
  "ACCOM",
  (row) => /^[A-Z]2$/.test(row.accommodation),
);
