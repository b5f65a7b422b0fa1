import { careLeaverIndicator } from "./oc3Cohort.js";

/**
 * @name careLeaversInTouch
 * @category Care leavers
 * @summary Care leavers the council is in touch with.
 * @description OC3. Cohort: see measureCareLeavers (§3.9). Numerator: IN_TOUCH = YES (REFU and
 * NREQ are not in touch). No care leavers: not computable. Drill-down reasons:
 * date-of-birth-unknown, died, returned-home, care-transferred, short-break, uasc.
 * @example
 * careLeaversInTouch.compute(context) //=> { numerator: 45, denominator: 48, … }
 */
export const careLeaversInTouch = careLeaverIndicator(
  {
    id: "care-leavers-in-touch",
    narrative: { cohort: "care leavers", verb: "were in touch with the council" },
    title: "Care leavers the council is in touch with",
    polarity: "higher-is-better",
    numerator: "Those with IN_TOUCH = YES.",
    data: "oc3: IN_TOUCH; header: DOB; episodes",
  },
  "IN_TOUCH",
  (row) => row.inTouch === "YES",
);
