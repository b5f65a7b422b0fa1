import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ColumnBuilder, IntList, float64Column, int32Column, uint8Column } from "../../src/numbers/typedColumns.js";

describe("typed columns from a list", () => {
  it("hold the value of each item at its index, as TypedArray.from with a map does, from arrays and typed arrays alike", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100_000, max: 100_000 }), { maxLength: 50 }), (values) => {
        const items = values.map((v) => ({ v }));
        expect(float64Column(items, (item) => item.v / 2)).toEqual(Float64Array.from(items, (item) => item.v / 2));
        expect(int32Column(items, (item, k) => item.v + k)).toEqual(Int32Array.from(items, (item, k) => item.v + k));
        expect(uint8Column(items, (item) => (item.v > 0 ? 1 : 0))).toEqual(Uint8Array.from(items, (item) => (item.v > 0 ? 1 : 0)));
        const order = Int32Array.from(values.map((_, k) => values.length - 1 - k));
        expect(float64Column(order, (k) => values[k]!)).toEqual(Float64Array.from(order, (k) => values[k]!));
      }),
      { seed: 1404, numRuns: 200 },
    );
  });
});

describe("IntList", () => {
  it("holds what was pushed, in order, few or many (past the move to a typed array and its growths)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer(), fc.integer(), (count, step, offset) => {
        const values = Array.from({ length: count }, (_, k) => (Math.imul(k, step) + offset) | 0);
        const list = new IntList();
        for (const value of values) list.push(value);
        expect(list.length).toBe(count);
        expect(Array.from(list.view())).toEqual(values);
        for (let k = 0; k < count; k += 1) if (list.at(k) !== values[k]) expect(list.at(k)).toBe(values[k]);
      }),
      { seed: 1405, numRuns: 60, examples: [[4095, 1, 0], [4096, 1, 0], [4097, -3, 7], [20_000, 7919, -1]] },
    );
  });
});

describe("ColumnBuilder", () => {
  it("finishes as the typed column of what was pushed, in order, of its type, past its growths", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 100 }), fc.integer(), (count, capacity, step) => {
        const days = Array.from({ length: count }, (_, k) => (k % 97 === 96 ? Infinity : Math.imul(k, step) / 2));
        const positions = days.map((_, k) => Math.imul(k, step) | 0);
        const flags = days.map((_, k) => (k * step) & 1);
        const dayColumn = new ColumnBuilder(Float64Array, capacity);
        const positionColumn = new ColumnBuilder(Int32Array, capacity);
        const flagColumn = new ColumnBuilder(Uint8Array);
        days.forEach((day, k) => {
          dayColumn.push(day);
          positionColumn.push(positions[k]!);
          flagColumn.push(flags[k]!);
        });
        expect(dayColumn.length).toBe(count);
        for (let k = 0; k < count; k += 1) if (dayColumn.at(k) !== days[k]) expect(dayColumn.at(k)).toBe(days[k]);
        const finished = dayColumn.finish();
        expect(finished).toBeInstanceOf(Float64Array);
        expect(Array.from(finished)).toEqual(days);
        expect(positionColumn.finish()).toEqual(Int32Array.from(positions));
        expect(flagColumn.finish()).toEqual(Uint8Array.from(flags));
      }),
      { seed: 1406, numRuns: 60, examples: [[0, 1, 1], [64, 64, 3], [65, 64, 3], [5_000, 1, -7]] },
    );
  });
});
