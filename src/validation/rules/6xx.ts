import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes 600–699, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_6XX: readonly RuleDefinition[] = [];
