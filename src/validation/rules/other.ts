import type { RuleDefinition } from "../defineRule.js";
import { rEPI } from "./rEPI.js";
import { rNoE } from "./rNoE.js";

/** The rules of codes EPI and NoE, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_OTHER: readonly RuleDefinition[] = [rEPI, rNoE];
