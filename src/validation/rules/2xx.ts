import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes 200–299, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_2XX: readonly RuleDefinition[] = [];
