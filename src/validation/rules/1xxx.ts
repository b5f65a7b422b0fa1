import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes 1000–1016 and 3001, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_1XXX: readonly RuleDefinition[] = [];
