import { IdCursor } from "../../model/childIds.js";
import type { TableName } from "../../model/tables.js";
import { detached } from "./values.js";

/**
 * The child ids of a return's files, each kept as one string: a child named in every table of
 * every year is then one string rather than one for each run of its rows in each file (at
 * 80,000 children over three years, 670,000 strings become 80,000: about 20 MB less held while
 * the files are read, and less for the collector to copy).
 *
 * A map of every id finds an id's string, but a lookup in a map of 80,000 strings costs a
 * cache miss. Most files list their children by id, as their year's header does, so an id is
 * first looked for in the last header read, walking alongside it (`IdCursor`): when the header
 * is in id order and names the child, that is a comparison or two of short strings.
 */
export class SharedIds {
  private readonly byId = new Map<string, string>();
  /** The ids of the last header read whose ids were ascending and distinct; empty before one is. */
  private guide: readonly string[] = [];
  /** Walks `guide` alongside the file being read. */
  private cursor = new IdCursor(this.guide);
  /** The ids of the header being read, while they are ascending and distinct; null for another table, or once they are not. */
  private current: string[] | null = null;

  /** `id` as the return holds it: the string first given for its content, copied out of the text it was cut from (`detached`). */
  of(id: string): string {
    const at = this.cursor.positionOf(id);
    let known = at >= 0 ? this.guide[at] : this.byId.get(id);
    if (known === undefined) {
      known = detached(id);
      this.byId.set(known, known);
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
    this.cursor = new IdCursor(this.guide);
  }

  /** The file is read: a header in id order guides the files after it. */
  endFile(): void {
    if (this.current !== null) this.guide = this.current;
    this.current = null;
  }
}
