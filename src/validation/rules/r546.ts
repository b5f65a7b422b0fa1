import { defineRule } from "../defineRule.js";
import { cohortItemWhen } from "./continuouslyLookedAfter.js";

/** 546: a child of the OC2 cohort aged 5 or over on 31 March has no health promotion item (HEALTH_CHECK). */
export const r546 = /* @__PURE__ */ defineRule({ code: "546", check: cohortItemWhen("HEALTH_CHECK", 5, (data, fifth) => data.collectionEnd >= fifth, (given) => given) });
