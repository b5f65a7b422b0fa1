import type { RuleDefinition } from "../defineRule.js";
import { rINT01 } from "./rINT01.js";
import { rINT02 } from "./rINT02.js";
import { rINT03 } from "./rINT03.js";
import { rINT04 } from "./rINT04.js";
import { rINT05 } from "./rINT05.js";
import { rINT06 } from "./rINT06.js";
import { rINT07 } from "./rINT07.js";
import { rINT08 } from "./rINT08.js";
import { rINT09 } from "./rINT09.js";
import { rINT11 } from "./rINT11.js";
import { rINT12 } from "./rINT12.js";
import { rINT13 } from "./rINT13.js";
import { rINT14 } from "./rINT14.js";
import { rINT15 } from "./rINT15.js";
import { rINT16 } from "./rINT16.js";
import { rINT17 } from "./rINT17.js";
import { rINT18 } from "./rINT18.js";
import { rINT21 } from "./rINT21.js";
import { rINT31 } from "./rINT31.js";
import { rINT32 } from "./rINT32.js";
import { rINT33 } from "./rINT33.js";
import { rINT34 } from "./rINT34.js";
import { rINT35 } from "./rINT35.js";
import { rINT36 } from "./rINT36.js";

/** The rules of codes INT01–INT36, one file each (docs/validation.md, "Adding a rule"). */
export const RULES_INT: readonly RuleDefinition[] = [rINT01, rINT02, rINT03, rINT04, rINT05, rINT06, rINT07, rINT08, rINT09, rINT11, rINT12, rINT13, rINT14, rINT15, rINT16, rINT17, rINT18, rINT21, rINT31, rINT32, rINT33, rINT34, rINT35, rINT36];
