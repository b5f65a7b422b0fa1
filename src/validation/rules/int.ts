import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes INT01–INT36, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_INT: readonly RuleDefinition[] = [];
