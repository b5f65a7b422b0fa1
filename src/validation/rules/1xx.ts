import type { RuleDefinition } from "../defineRule.js";
import { r101, r101From2024 } from "./r101.js";
import { r102 } from "./r102.js";
import { r103 } from "./r103.js";

/** The rules of codes 100–199, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_1XX: readonly RuleDefinition[] = [r101, r101From2024, r102, r103];
