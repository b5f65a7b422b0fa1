/**
 * `npm run docs`: docs/indicators.md and docs/data-reference.md from the code, then the API
 * reference (typedoc, into docs/api/, not checked in).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderDataReference } from "./dataReference.js";
import { renderIndicatorsDoc } from "./indicatorsDoc.js";

for (const [file, text] of [["../indicators.md", renderIndicatorsDoc()], ["../data-reference.md", renderDataReference()]] as const) {
  const target = fileURLToPath(new URL(file, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
