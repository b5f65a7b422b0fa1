import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes 400–499, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_4XX: readonly RuleDefinition[] = [];
