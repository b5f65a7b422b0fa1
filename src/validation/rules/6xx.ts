import type { RuleDefinition } from "../defineRule.js";
import { r611 } from "./r611.js";
import { r612, r612From2024 } from "./r612.js";
import { r620 } from "./r620.js";
import { r621 } from "./r621.js";
import { r631 } from "./r631.js";
import { r633 } from "./r633.js";
import { r635 } from "./r635.js";

/** The rules of codes 600–699, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_6XX: readonly RuleDefinition[] = [r611, r612, r612From2024, r620, r621, r631, r633, r635];
