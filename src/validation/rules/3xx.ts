import type { RuleDefinition } from "../defineRule.js";
import { r391 } from "./r391.js";
import { r304 } from "./r304.js";
import { r344 } from "./r344.js";
import { r345 } from "./r345.js";
import { r355 } from "./r355.js";
import { r301 } from "./r301.js";
import { r333 } from "./r333.js";
import { r351 } from "./r351.js";
import { r353 } from "./r353.js";
import { r354 } from "./r354.js";
import { r356 } from "./r356.js";
import { r385 } from "./r385.js";

/** The rules of codes 300–399, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_3XX: readonly RuleDefinition[] = [r301, r304, r333, r344, r345, r351, r353, r354, r355, r356, r385, r391];
