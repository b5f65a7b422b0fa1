import type { RuleDefinition } from "../defineRule.js";

/** The rules of codes SW01STG1–SW17STG2, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_SW: readonly RuleDefinition[] = [];
