import type { RuleDefinition } from "../defineRule.js";
import { r1000 } from "./r1000.js";
import { r1001 } from "./r1001.js";
import { r1002 } from "./r1002.js";
import { r1003 } from "./r1003.js";
import { r1004 } from "./r1004.js";
import { r1005 } from "./r1005.js";
import { r1006 } from "./r1006.js";
import { r1007 } from "./r1007.js";
import { r1008 } from "./r1008.js";
import { r1009 } from "./r1009.js";
import { r1010 } from "./r1010.js";
import { r1011 } from "./r1011.js";
import { r1012 } from "./r1012.js";
import { r1014 } from "./r1014.js";
import { r1015 } from "./r1015.js";
import { r1016 } from "./r1016.js";
import { r3001 } from "./r3001.js";

/** The rules of codes 1000–1016 and 3001, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_1XXX: readonly RuleDefinition[] = [r1000, r1001, r1002, r1003, r1004, r1005, r1006, r1007, r1008, r1009, r1010, r1011, r1012, r1014, r1015, r1016, r3001];
