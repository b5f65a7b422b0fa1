import type { CsvRecord } from "../csv/scanCsv.js";
import { widened } from "../../numbers/typedColumns.js";
import { trimValue } from "./values.js";

/**
 * Records seen so far in a file, for `duplicate-row` (data.md §4.1). A record is keyed by a
 * 53-bit hash of its trimmed fields and only its position is kept (cheap on a million rows); a hit
 * is confirmed by reading the earlier record again from the file (`reread`), so the hash decides
 * only how often that happens, never the answer. The hashes live in an open-addressing table
 * of typed arrays (a `Map` keyed by 53-bit numbers boxes every key), each slot holding the high
 * 32 bits beside the record's index, so a probe reads one place in memory: at two million
 * episode rows the table is tens of megabytes, and a lookup that went from slot to record
 * columns missed the cache twice.
 */
export class SeenRows {
  /** Slot s: `table[2s]` the high hash, `table[2s + 1]` 1 + index of the first record with that hash (0: empty). */
  private table: Int32Array;
  private lows: Int32Array;
  private offsets: Int32Array;
  private lines: Int32Array;
  private count = 0;

  /**
   * `expectedRows`: the records the file may hold (its lines, when counted), so that the table
   * is made at the size it would grow to: each doubling re-places every record, a cache miss
   * each, which at a hundred thousand rows cost more than the lookups themselves.
   */
  constructor(
    private readonly reread: (position: number, line: number) => CsvRecord | null,
    expectedRows = 0,
  ) {
    let records = 1 << 11;
    while (records < expectedRows) records *= 2;
    this.table = new Int32Array(4 * records);
    this.lows = new Int32Array(records);
    this.offsets = new Int32Array(records);
    this.lines = new Int32Array(records);
  }

  /** The line of an earlier identical record, or null (and remembers this one if its hash is new). */
  firstLineOf(fields: readonly string[], line: number, offset: number): number | null {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let f = 0; f < fields.length; f += 1) {
      const field = fields[f]!;
      const n = field.length;
      // Two characters a step (a UTF-16 unit is 16 bits): half the multiplications.
      let k = 0;
      for (; k + 1 < n; k += 2) {
        const c = field.charCodeAt(k) | (field.charCodeAt(k + 1) << 16);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = ((h2 << 5) - h2 + c) | 0;
      }
      // The odd last character, with the mark that ends a field.
      const tail = k < n ? field.charCodeAt(k) : 0;
      h1 = Math.imul(h1 ^ tail ^ 0x1f0000, 0x01000193);
      h2 = ((h2 << 5) - h2 + (tail ^ 0x1f0000)) | 0;
    }
    h1 ^= h1 >>> 15; // the low bits pick the slot: mix the high ones in
    const low = h2 & 0x1fffff;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = h1 & mask;
    for (let entry = table[2 * slot + 1]!; entry !== 0; entry = table[2 * slot + 1]!) {
      if (table[2 * slot] === h1 && this.lows[entry - 1] === low) {
        // Two records of one hash that differ (never yet seen) are both kept: the probe goes on.
        const earlier = this.confirm(entry - 1, fields);
        if (earlier !== null) return earlier;
      }
      slot = (slot + 1) & mask;
    }
    this.remember(slot, h1, low, line, offset);
    return null;
  }

  private confirm(index: number, fields: readonly string[]): number | null {
    const earlier = this.reread(this.offsets[index]!, this.lines[index]!);
    return earlier !== null && sameFields(earlier.fields.map(trimValue), fields) ? this.lines[index]! : null;
  }

  private remember(slot: number, high: number, low: number, line: number, offset: number): void {
    const index = this.count;
    if (index === this.lows.length) {
      this.lows = widened(this.lows, index * 2);
      this.offsets = widened(this.offsets, index * 2);
      this.lines = widened(this.lines, index * 2);
    }
    this.lows[index] = low;
    this.offsets[index] = offset;
    this.lines[index] = line;
    this.table[2 * slot] = high;
    this.table[2 * slot + 1] = index + 1;
    this.count = index + 1;
    if (this.count * 4 > this.table.length) this.rehash();
  }

  /** Doubles the table, keeping it at most half full. */
  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let slot = old[from]! & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[from]!;
      table[2 * slot + 1] = old[from + 1]!;
    }
    this.table = table;
  }
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return false;
  return true;
}
