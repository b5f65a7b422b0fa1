import type { RuleDefinition } from "../defineRule.js";
import { RULES_1XX } from "./1xx.js";
import { RULES_1XXX } from "./1xxx.js";
import { RULES_2XX } from "./2xx.js";
import { RULES_3XX } from "./3xx.js";
import { RULES_4XX } from "./4xx.js";
import { RULES_5XX } from "./5xx.js";
import { RULES_6XX } from "./6xx.js";
import { RULES_7XX } from "./7xx.js";
import { RULES_INT } from "./int.js";
import { RULES_OTHER } from "./other.js";
import { RULES_SW } from "./sw.js";

/**
 * Every rule definition, from the per-range barrels (each range's engineers edit only theirs).
 * A pure call rather than a spread, so that a bundle that never validates drops the rules.
 */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = /* @__PURE__ */ concatenate(
  RULES_1XX, RULES_2XX, RULES_3XX, RULES_4XX, RULES_5XX, RULES_6XX, RULES_7XX, RULES_1XXX, RULES_INT, RULES_SW, RULES_OTHER,
);

function concatenate(...ranges: readonly (readonly RuleDefinition[])[]): readonly RuleDefinition[] {
  return ranges.flat();
}
