import { defineRule } from "../defineRule.js";
import { cohortItemWhen } from "./continuouslyLookedAfter.js";

/** 545: a child of the OC2 cohort under 5 on 31 March has the health promotion item (HEALTH_CHECK). */
export const r545 = /* @__PURE__ */ defineRule({ code: "545", check: cohortItemWhen("HEALTH_CHECK", 5, (data, fifth) => data.collectionEnd < fifth, (given) => !given) });
