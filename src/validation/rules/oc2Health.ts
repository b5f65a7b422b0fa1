import type { RuleData } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

const HEALTH_ITEMS = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"] as const;

/** 544, 547: an OC2 row whose `item` is 1 has all four health items (immunisations, teeth, assessment, substance misuse). */
export function healthItemsMissingWhen(item: string) {
  return (data: RuleData) => ({
    oc2: rowsWhereValues(data.table("oc2"), [item, ...HEALTH_ITEMS], (flag, ...health) => flag === "1" && health.some((value) => value === null)),
  });
}
