import type { RuleDefinition } from "../defineRule.js";
import { r700 } from "./r700.js";
import { r701 } from "./r701.js";
import { r702 } from "./r702.js";
import { r703 } from "./r703.js";
import { r704 } from "./r704.js";
import { r705 } from "./r705.js";
import { r706 } from "./r706.js";
import { r707 } from "./r707.js";
import { r708 } from "./r708.js";
import { r709 } from "./r709.js";
import { r710 } from "./r710.js";

/** The rules of codes 700–799, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_7XX: readonly RuleDefinition[] = [r700, r701, r702, r703, r704, r705, r706, r707, r708, r709, r710];
