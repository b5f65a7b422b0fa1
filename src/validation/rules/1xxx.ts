import type { RuleDefinition } from "../defineRule.js";
import { r1004 } from "./r1004.js";
import { r1005 } from "./r1005.js";
import { r1006 } from "./r1006.js";
import { r1009 } from "./r1009.js";

/** The rules of codes 1000–1016 and 3001, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_1XXX: readonly RuleDefinition[] = [r1004, r1005, r1006, r1009];
