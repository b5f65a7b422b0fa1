import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/dates/day.js";
import { ChildDays } from "../../src/indicators/childDays.js";
import type { ChildRecord } from "../../src/model/cohort.js";

/** Children that carry only their PEP days (all ChildDays reads through `daysOf`). */
const childrenWith = (days: number[][]) => days.map((peps) => ({ peps: [...peps].sort((a, b) => a - b) as Day[] }) as ChildRecord);

describe("ChildDays", () => {
  it("finds a day in a closed range, per child, ends included", () => {
    const days = ChildDays.of(childrenWith([[10, 20], [], [15]]), (c, push) => c.peps.forEach(push));
    expect(days.anyBetween(0, 10, 10)).toBe(true);
    expect(days.anyBetween(0, 11, 19)).toBe(false);
    expect(days.anyBetween(0, 20, 30)).toBe(true);
    expect(days.anyBetween(1, 0, 100)).toBe(false);
    expect(days.anyBetween(2, 0, 14)).toBe(false); // the next child's day is not this child's
    expect(days.anyBetween(2, 15, 15)).toBe(true);
    expect(days.anyBetween(0, 21, 9)).toBe(false); // empty range
  });

  it("agrees with a walk over each child's days", () => {
    const dayLists = fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(dayLists, fc.integer({ min: -5, max: 65 }), fc.integer({ min: -5, max: 65 }), (lists, from, to) => {
      const children = childrenWith(lists);
      const days = ChildDays.of(children, (c, push) => c.peps.forEach(push));
      children.forEach((child, i) => {
        expect(days.anyBetween(i, from, to)).toBe(child.peps.some((d) => d >= from && d <= to));
      });
    }));
  });
});
