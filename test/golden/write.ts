/**
 * Rewrites the golden outputs: `npx tsx test/golden/write.ts`. Run it only when a figure is
 * meant to change, and say why in the commit; a rewrite of the core must leave them alone.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { EXPECTED_DIR, expectedFile, runGolden } from "./runGolden.js";

mkdirSync(EXPECTED_DIR, { recursive: true });
for (const [golden, { code, output }] of await runGolden()) {
  writeFileSync(expectedFile(golden), output);
  process.stdout.write(`${golden.name}: exit ${code}, ${output.length} chars\n`);
}
