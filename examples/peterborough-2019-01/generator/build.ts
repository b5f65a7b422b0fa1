import { enrich } from "./enrich.js";
import { buildPopulation } from "./population.js";
import { Prng } from "./prng.js";
import { RETURN_YEARS, yearFiles } from "./write.js";

export const SEED = 20190131;

/**
 * The whole example as a file map (`2018-19/episodes.csv` → text) plus the design's own tallies.
 * Deterministic: the same seed always gives the same bytes.
 */
export function buildExampleFiles(seed = SEED): { files: Record<string, string>; children: number; notes: string[] } {
  const rng = new Prng(seed);
  const population = buildPopulation(rng);
  const notes = enrich(population, rng);
  const files: Record<string, string> = {};
  for (const year of RETURN_YEARS) {
    for (const [name, text] of Object.entries(yearFiles(population.children, year))) files[`${year.label}/${name}`] = text;
  }
  return { files, children: population.children.length, notes };
}
