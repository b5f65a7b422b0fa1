import type { RuleDefinition } from "../defineRule.js";
import { r501 } from "./r501.js";
import { r504 } from "./r504.js";
import { r511 } from "./r511.js";
import { r514 } from "./r514.js";
import { r516 } from "./r516.js";
import { r517 } from "./r517.js";
import { r518 } from "./r518.js";
import { r519 } from "./r519.js";
import { r520 } from "./r520.js";
import { r522 } from "./r522.js";
import { r524 } from "./r524.js";
import { r526, r526From2025 } from "./r526.js";
import { r527 } from "./r527.js";
import { r528 } from "./r528.js";
import { r529 } from "./r529.js";
import { r530 } from "./r530.js";
import { r531 } from "./r531.js";
import { r542 } from "./r542.js";
import { r550 } from "./r550.js";

/** The rules of codes 500–599, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_5XX: readonly RuleDefinition[] = [r501, r504, r511, r514, r516, r517, r518, r519, r520, r522, r524, r526, r526From2025, r527, r528, r529, r530, r531, r542, r550];
