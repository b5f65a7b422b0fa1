import type { RuleDefinition } from "../defineRule.js";
import { r202 } from "./r202.js";
import { r203 } from "./r203.js";
import { r204 } from "./r204.js";
import { r207 } from "./r207.js";
import { r208 } from "./r208.js";
import { r209 } from "./r209.js";
import { r210 } from "./r210.js";
import { r213, r213From2025 } from "./r213.js";
import { r214 } from "./r214.js";
import { r215 } from "./r215.js";
import { r217 } from "./r217.js";
import { r217t } from "./r217t.js";
import { r222, r222From2023, r222From2024, r222From2025 } from "./r222.js";
import { r225 } from "./r225.js";
import { r226 } from "./r226.js";
import { r231 } from "./r231.js";
import { r232 } from "./r232.js";
import { r233 } from "./r233.js";
import { r234 } from "./r234.js";

/** The rules of codes 200–299, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_2XX: readonly RuleDefinition[] = [r202, r203, r204, r207, r208, r209, r210, r213, r213From2025, r214, r215, r217, r217t, r222, r222From2023, r222From2024, r222From2025, r225, r226, r231, r232, r233, r234];
