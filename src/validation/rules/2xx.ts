import type { RuleDefinition } from "../defineRule.js";
import { r217 } from "./r217.js";
import { r209 } from "./r209.js";
import { r213, r213From2025 } from "./r213.js";
import { r214 } from "./r214.js";

/** The rules of codes 200–299, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_2XX: readonly RuleDefinition[] = [r209, r213, r213From2025, r214, r217];
