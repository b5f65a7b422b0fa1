import type { RuleDefinition } from "../defineRule.js";
import { rSW01STG1 } from "./rSW01STG1.js";
import { rSW01aSTG1 } from "./rSW01aSTG1.js";
import { rSW01bSTG1 } from "./rSW01bSTG1.js";
import { rSW02STG1 } from "./rSW02STG1.js";
import { rSW03STG1 } from "./rSW03STG1.js";
import { rSW04STG1 } from "./rSW04STG1.js";
import { rSW05STG1 } from "./rSW05STG1.js";
import { rSW06STG2 } from "./rSW06STG2.js";
import { rSW07STG2, rSW07STG2From2024 } from "./rSW07STG2.js";
import { rSW08STG2 } from "./rSW08STG2.js";
import { rSW09STG2 } from "./rSW09STG2.js";
import { rSW10STG2, rSW10STG2From2024 } from "./rSW10STG2.js";
import { rSW11aSTG2 } from "./rSW11aSTG2.js";
import { rSW11bSTG2 } from "./rSW11bSTG2.js";
import { rSW12STG2, rSW12STG2From2024 } from "./rSW12STG2.js";
import { rSW13STG1, rSW13STG1From2024 } from "./rSW13STG1.js";
import { rSW14STG2 } from "./rSW14STG2.js";
import { rSW17STG2 } from "./rSW17STG2.js";

/** The rules of codes SW01STG1–SW17STG2, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_SW: readonly RuleDefinition[] = [rSW01STG1, rSW01aSTG1, rSW01bSTG1, rSW02STG1, rSW03STG1, rSW04STG1, rSW05STG1, rSW06STG2, rSW07STG2, rSW07STG2From2024, rSW08STG2, rSW09STG2, rSW10STG2, rSW10STG2From2024, rSW11aSTG2, rSW11bSTG2, rSW12STG2, rSW12STG2From2024, rSW13STG1, rSW13STG1From2024, rSW14STG2, rSW17STG2];
