import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes 300–399, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_3XX: readonly RuleDefinition[] = [];
