import type { TableName } from "../../model/tables.js";

/**
 * The child ids of a return's files, each kept as one string: a child named in every table of
 * every year is then one string rather than one for each run of its rows in each file (at
 * 80,000 children over three years, 670,000 strings become 80,000: about 20 MB less held while
 * the files are read, and less for the collector to copy).
 *
 * A map of every id finds an id's string, but a lookup in a map of 80,000 strings costs a
 * cache miss. Most files list their children by id, as their year's header does, so an id is
 * first looked for in the last header read, onwards from where the last one was found (a
 * gallop, then a binary search): when the header is in id order and names the child, that is
 * a few comparisons of short strings.
 */
export class SharedIds {
  private readonly byId = new Map<string, string>();
  /** The ids of the last header read whose ids were ascending and distinct; empty before one is. */
  private guide: readonly string[] = [];
  /** Where in `guide` to look first: at the last id found there. */
  private cursor = 0;
  /** The ids of the header being read, while they are ascending and distinct; null for another table, or once they are not. */
  private current: string[] | null = null;

  /** `id` as the return holds it (the first string of its content given). */
  of(id: string): string {
    const found = this.inGuide(id);
    let known = found ?? this.byId.get(id);
    if (known === undefined) {
      known = id;
      this.byId.set(id, id);
    }
    const current = this.current;
    if (current !== null) {
      if (current.length === 0 || current[current.length - 1]! < known) current.push(known);
      else this.current = null;
    }
    return known;
  }

  /** The next ids are those of a file of `table`. */
  startFile(table: TableName): void {
    this.current = table === "header" ? [] : null;
    this.cursor = 0;
  }

  /** The file is read: a header in id order guides the files after it. */
  endFile(): void {
    if (this.current !== null) this.guide = this.current;
    this.current = null;
  }

  /** `id`'s string in the guide, found onwards from the cursor, or undefined. */
  private inGuide(id: string): string | undefined {
    const guide = this.guide;
    let low = this.cursor;
    // Mostly the next child of the header, or one of the next few: equality is the cheaper test.
    for (let k = low, end = Math.min(low + NEAR, guide.length); k < end; k += 1) {
      if (guide[k] === id) {
        this.cursor = k;
        return guide[k];
      }
    }
    if (low >= guide.length || guide[low]! > id) return undefined;
    // Gallop to a step past `id`, then search between the last two steps.
    let step = 1;
    while (low + step < guide.length && guide[low + step]! <= id) {
      low += step;
      step *= 2;
    }
    let high = Math.min(low + step, guide.length);
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if (guide[middle]! <= id) low = middle;
      else high = middle;
    }
    this.cursor = low;
    return guide[low] === id ? guide[low] : undefined;
  }
}

/** Places after the cursor looked at before the gallop: a file's child mostly follows the last within a few of the header's. */
const NEAR = 4;
