import type { CsvRecord } from "../csv/scanCsv.js";
import { trimValue } from "./values.js";

/**
 * Records seen so far in a file, for `duplicate-row` (data.md §4.1). A record is keyed by a
 * 53-bit hash of its trimmed fields and only its position is kept (cheap on a million rows); a hit
 * is confirmed by reading the earlier record again from the file (`reread`). The hashes live in an open-addressing table
 * of typed arrays: a `Map` keyed by 53-bit numbers boxes every key.
 */
export class SeenRows {
  /** Slot → 1 + index of the first record with that hash, or 0 when empty. */
  private slots = new Int32Array(1 << 12);
  private highs = new Int32Array(1 << 11);
  private lows = new Int32Array(1 << 11);
  private offsets = new Int32Array(1 << 11);
  private lines = new Int32Array(1 << 11);
  private count = 0;

  constructor(private readonly reread: (position: number, line: number) => CsvRecord | null) {}

  /** The line of an earlier identical record, or null (and remembers this one if its hash is new). */
  firstLineOf(fields: readonly string[], line: number, offset: number): number | null {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let f = 0; f < fields.length; f += 1) {
      const field = fields[f]!;
      for (let k = 0; k < field.length; k += 1) {
        const c = field.charCodeAt(k);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      }
      h1 = Math.imul(h1 ^ 0x1f, 0x01000193); // field separator
      h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    }
    const low = h2 & 0x1fffff;
    const mask = this.slots.length - 1;
    let slot = h1 & mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      const index = entry - 1;
      if (this.highs[index] === h1 && this.lows[index] === low) {
        // Two records of one hash that differ (never yet seen) are both kept: the probe goes on.
        const earlier = this.confirm(index, fields);
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
    if (index === this.highs.length) {
      this.highs = grown(this.highs);
      this.lows = grown(this.lows);
      this.offsets = grown(this.offsets);
      this.lines = grown(this.lines);
    }
    this.highs[index] = high;
    this.lows[index] = low;
    this.offsets[index] = offset;
    this.lines[index] = line;
    this.slots[slot] = index + 1;
    this.count = index + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
  }

  /** Doubles the table, keeping it at most half full. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.count; index += 1) {
      let slot = this.highs[index]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return false;
  return true;
}
