import type { RuleDefinition } from "../defineRule.js";
import { r437 } from "./r437.js";
import { r451 } from "./r451.js";
import { r440 } from "./r440.js";
import { r441 } from "./r441.js";
import { r445 } from "./r445.js";
import { r446 } from "./r446.js";

/** The rules of codes 400–499, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_4XX: readonly RuleDefinition[] = [r437, r440, r441, r445, r446, r451];
