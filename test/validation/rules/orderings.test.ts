import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRuleTable } from "../../../src/validation/readRuleTable.js";
import { firstRowsByChildInOrder, firstWhere, lastWhere, rowMarks, rowsByChildInOrder, sortedCopy } from "../../../src/validation/rules/checks.js";

/*
 * The orderings the rules share, against the plain forms they replaced: Array.prototype.sort on
 * a copy, a sort for "each child's first row", and a Set of picked rows.
 */

const dates = fc.constantFrom("01/04/2022", "02/04/2022", "1/4/2022", "31/03/2023", "", "2022-04-01", "x");
const rows = fc.array(fc.record({ child: fc.constantFrom("A", "B", "C", ""), start: dates, end: dates, note: fc.constantFrom("p", "q") }), { maxLength: 40 });

function tableOf(list: { child: string; start: string; end: string; note: string }[]) {
  const text = ["CHILD,DATE_PLACED,DATE_PLACED_CEASED,NOTE", ...list.map((r) => `${r.child},${r.start},${r.end},${r.note}`)].join("\n");
  return readRuleTable(`${text}\n`, "placed_for_adoption", "p.csv")!;
}

describe("the rules' shared orderings", () => {
  it("sortedCopy sorts as Array.prototype.sort does, small and large, and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (list) => {
        // A total order with ties left to the row number, as every rule's order ends.
        const order = (a: number, b: number) => (a % 7) - (b % 7) || a - b;
        const before = [...list];
        expect(sortedCopy(list, order)).toEqual([...list].sort(order));
        expect(list).toEqual(before);
      }),
      { seed: 117, numRuns: 500 },
    );
  });

  it("firstRowsByChildInOrder is each child's first row of rowsByChildInOrder, either direction", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom("earliest first", "latest first") as fc.Arbitrary<"earliest first" | "latest first">, (list, direction) => {
        const table = tableOf(list);
        const columns = ["DATE_PLACED", "DATE_PLACED_CEASED"];
        expect(firstRowsByChildInOrder(table, columns, direction)).toEqual(rowsByChildInOrder(table, columns, direction).map((sorted) => sorted[0]));
      }),
      { seed: 625, numRuns: 500 },
    );
  });

  it("firstWhere, lastWhere and rowMarks pick what filter and a Set pick", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }), { maxLength: 8 }), (children) => {
        const even = (row: number) => row % 2 === 0;
        const firsts = children.map((list) => firstWhere(list, even));
        const lasts = children.map((list) => lastWhere(list, even));
        expect(firsts).toEqual(children.map((list) => list.filter(even)[0]));
        expect(lasts).toEqual(children.map((list) => list.filter(even).at(-1)));
        const marks = rowMarks(31, firsts);
        const picked = new Set(firsts.filter((row) => row !== undefined));
        for (let row = 0; row <= 30; row += 1) expect(marks[row] === 1).toBe(picked.has(row));
      }),
      { seed: 118, numRuns: 500 },
    );
  });
});
