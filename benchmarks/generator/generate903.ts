import { parseCollectionYear } from "../../src/dates/index.js";
import { drawActivities } from "./activities.js";
import { drawEpisodes, planChild, type Range } from "./history.js";
import { createRandom } from "./random.js";
import { COLUMNS, GENERATED_TABLES, childFacts, emptyYear, writeChild } from "./returns.js";

/**
 * Synthetic SSDA903 returns for benchmarks and sanity checks: a seeded, pure function from
 * options to a file map (`"2017-18/episodes.csv"` → CSV text). Each child gets a life
 * history (entry, placement moves, legal status changes, short breaks, UASC, returns to
 * care, adoption and other endings, reviews, visits, health, PEPs, missing, care leaving)
 * and each year's folder holds what that year's return would. Same options → identical text.
 */
export interface GenerateOptions {
  /** Distinct children in the output (in care during the years, or care leavers with an OC3 row). */
  children: number;
  /** Collection years to write, e.g. `["2016-17", "2017-18", "2018-19"]`. */
  years: string[];
  seed: number;
  la?: {
    /** Prepended to every CHILD id (ids are otherwise 0-padded numbers, kept as text). */
    idPrefix?: string;
  };
}

export type FileMap = Record<string, string>;

function checkOptions(options: GenerateOptions): number[] {
  if (!Number.isSafeInteger(options.children) || options.children < 0) throw new RangeError(`[cic-scorecard] children must be a whole number ≥ 0, got ${options.children}`);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`[cic-scorecard] seed must be a whole number, got ${options.seed}`);
  if (options.years.length === 0) throw new RangeError("[cic-scorecard] years must name at least one collection year");
  const endYears = options.years.map((label) => {
    const endYear = parseCollectionYear(label);
    if (endYear === null) throw new RangeError(`[cic-scorecard] not a collection year: ${JSON.stringify(label)}`);
    return endYear;
  });
  const distinct = [...new Set(endYears)].sort((a, b) => a - b);
  if (distinct.length !== endYears.length) throw new RangeError("[cic-scorecard] years are listed twice");
  return distinct;
}

/** The end year 2019 as the folder name `2018-19`. */
const folderName = (endYear: number) => `${endYear - 1}-${String(endYear % 100).padStart(2, "0")}`;

export function generate903(options: GenerateOptions): FileMap {
  const endYears = checkOptions(options);
  const years = endYears.map((endYear) => emptyYear(folderName(endYear), endYear));
  const range: Range = { start: years[0]!.start, end: years[years.length - 1]!.end };
  const prefix = options.la?.idPrefix ?? "";
  const width = Math.max(6, String(options.children).length);
  for (let index = 0; index < options.children; index += 1) {
    // One stream per child: a child's history does not depend on how many others are drawn.
    const random = createRandom(options.seed, index + 1);
    const child = planChild(random, range);
    for (const period of child.periods) {
      if (period.end >= range.start && period.start <= range.end) drawEpisodes(random, child, period, range.end);
    }
    const activities = drawActivities(random, child, range);
    const facts = childFacts(random, `${prefix}${String(index + 1).padStart(width, "0")}`, child, range);
    writeChild(random, facts, child, activities, years, range);
  }
  const files: FileMap = {};
  for (const year of years) {
    for (const table of GENERATED_TABLES) {
      const rows = year.rows[table];
      rows.unshift(COLUMNS[table].join(","));
      files[`${year.label}/${table}.csv`] = `${rows.join("\r\n")}\r\n`;
    }
  }
  return files;
}
