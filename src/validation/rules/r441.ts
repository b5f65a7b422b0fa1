import { defineRule } from "../defineRule.js";
import { codes } from "./checks.js";
import { birthday, participationWhen } from "./ages.js";

const AGED_4_PLUS = codes("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

/** 441: participation PN1–PN7 (a child aged 4 or over) is for a review held on or after the child's 4th birthday. */
export const r441 = /* @__PURE__ */ defineRule({
  code: "441",
  scope: "row",
  check: (data) => ({ reviews: participationWhen(data.table("reviews"), AGED_4_PLUS, (held, dob) => held < birthday(dob, 4)) }),
});
