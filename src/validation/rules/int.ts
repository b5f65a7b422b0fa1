import type { RuleDefinition } from "../defineRule.js";
import { rINT31 } from "./rINT31.js";
import { rINT32 } from "./rINT32.js";
import { rINT33 } from "./rINT33.js";
import { rINT34 } from "./rINT34.js";
import { rINT35 } from "./rINT35.js";
import { rINT36 } from "./rINT36.js";

/** The rules of codes INT01–INT36, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_INT: readonly RuleDefinition[] = [rINT31, rINT32, rINT33, rINT34, rINT35, rINT36];
