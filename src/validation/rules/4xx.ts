import type { RuleDefinition } from "../defineRule.js";
import { r406 } from "./r406.js";
import { r407 } from "./r407.js";
import { r408 } from "./r408.js";
import { r411 } from "./r411.js";
import { r420 } from "./r420.js";
import { r426 } from "./r426.js";
import { r431 } from "./r431.js";
import { r432 } from "./r432.js";
import { r433 } from "./r433.js";
import { r434 } from "./r434.js";
import { r435 } from "./r435.js";
import { r436 } from "./r436.js";
import { r437 } from "./r437.js";
import { r440 } from "./r440.js";
import { r441 } from "./r441.js";
import { r442 } from "./r442.js";
import { r444 } from "./r444.js";
import { r445 } from "./r445.js";
import { r446 } from "./r446.js";
import { r451 } from "./r451.js";
import { r452 } from "./r452.js";
import { r453 } from "./r453.js";
import { r454 } from "./r454.js";
import { r460 } from "./r460.js";

/** The rules of codes 400–499, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_4XX: readonly RuleDefinition[] = [r406, r407, r408, r411, r420, r426, r431, r432, r433, r434, r435, r436, r437, r440, r441, r442, r444, r445, r446, r451, r452, r453, r454, r460];
