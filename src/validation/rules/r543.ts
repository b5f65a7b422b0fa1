import { defineRule } from "../defineRule.js";
import { cohortItemWhen } from "./continuouslyLookedAfter.js";

/** 543: a child of the OC2 cohort past their 10th birthday on 31 March has the conviction item (CONVICTED). */
export const r543 = /* @__PURE__ */ defineRule({ code: "543", check: cohortItemWhen("CONVICTED", 10, (data, tenth) => data.collectionEnd > tenth, (given) => !given) });
