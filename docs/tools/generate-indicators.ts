import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderIndicatorsDoc } from "./indicatorsDoc.js";

const target = fileURLToPath(new URL("../indicators.md", import.meta.url));
writeFileSync(target, renderIndicatorsDoc());
console.log(`wrote ${target}`);
