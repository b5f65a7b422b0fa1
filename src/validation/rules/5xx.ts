import type { RuleDefinition } from "../defineRule.js";
import { r522 } from "./r522.js";

/** The rules of codes 500–599, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_5XX: readonly RuleDefinition[] = [r522];
