import type { RuleDefinition } from "../defineRule.js";
import { r301 } from "./r301.js";
import { r333 } from "./r333.js";
import { r351 } from "./r351.js";
import { r353 } from "./r353.js";
import { r354 } from "./r354.js";
import { r356 } from "./r356.js";
import { r385 } from "./r385.js";

/** The rules of codes 300–399, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_3XX: readonly RuleDefinition[] = [r301, r333, r351, r353, r354, r356, r385];
