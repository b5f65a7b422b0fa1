import type { RuleDefinition } from "../defineRule.js";
import { r601 } from "./r601.js";
import { r602 } from "./r602.js";
import { r607, r607From2024 } from "./r607.js";
import { r611 } from "./r611.js";
import { r612, r612From2024 } from "./r612.js";
import { r620 } from "./r620.js";
import { r621 } from "./r621.js";
import { r624 } from "./r624.js";
import { r625 } from "./r625.js";
import { r626 } from "./r626.js";
import { r628 } from "./r628.js";
import { r630 } from "./r630.js";
import { r631 } from "./r631.js";
import { r632 } from "./r632.js";
import { r633 } from "./r633.js";
import { r634 } from "./r634.js";
import { r635 } from "./r635.js";

/** The rules of codes 600–699, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_6XX: readonly RuleDefinition[] = [r601, r602, r607, r607From2024, r611, r612, r612From2024, r620, r621, r624, r625, r626, r628, r630, r631, r632, r633, r634, r635];
