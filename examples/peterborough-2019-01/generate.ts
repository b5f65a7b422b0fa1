/**
 * Regenerates the synthetic 903 folder of this example (see README.md):
 *
 *   npx tsx examples/peterborough-2019-01/generate.ts
 *
 * Deterministic: a fixed seed and no clock, so the committed CSVs come back byte for byte.
 * Every child is synthetic (ids PB00001…); the counts reproduce the figures of Peterborough's
 * January 2019 report under the library's default definitions.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildExampleFiles } from "./generator/build.js";

const here = dirname(fileURLToPath(import.meta.url));
const { files, children, notes } = buildExampleFiles();
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(here, path)), { recursive: true });
  writeFileSync(join(here, path), text);
}
process.stdout.write(`${children} children, ${Object.keys(files).length} files\n${notes.join("\n")}\n`);
