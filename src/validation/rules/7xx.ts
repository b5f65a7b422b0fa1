import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes 700–799, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_7XX: readonly RuleDefinition[] = [];
