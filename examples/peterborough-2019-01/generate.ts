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
import { enrich } from "./generator/enrich.js";
import { buildPopulation } from "./generator/population.js";
import { Prng } from "./generator/prng.js";
import { RETURN_YEARS, yearFiles } from "./generator/write.js";

const SEED = 20190131;

const here = dirname(fileURLToPath(import.meta.url));
const rng = new Prng(SEED);
const population = buildPopulation(rng);
const notes = enrich(population, rng);
for (const year of RETURN_YEARS) {
  const folder = join(here, year.label);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(yearFiles(population.children, year))) writeFileSync(join(folder, name), text);
}
process.stdout.write(`${population.children.length} children written to ${RETURN_YEARS.map((y) => y.label).join(", ")}\n${notes.join("\n")}\n`);
