import { describe, expect, it } from "vitest";
import { IssueSink } from "../../../src/io/ssda903/issueSink.js";

describe("IssueSink", () => {
  it("folds a repeated warning into its first, building a lazy message only once", () => {
    const sink = new IssueSink("episodes.csv", "episodes");
    let built = 0;
    for (const line of [5, 3, 9]) {
      sink.warning("two-digit-year", line, "DECOM", () => {
        built += 1;
        return `DECOM on line ${line}`;
      });
    }
    sink.warning("two-digit-year", 4, "DEC", "DEC on line 4");
    expect(built).toBe(1);
    expect(sink.list().map((i) => [i.line, i.column, i.message])).toEqual([
      [5, "DECOM", "DECOM on line 5, in 3 records"],
      [4, "DEC", "DEC on line 4"],
    ]);
  });

  it("keeps every error, then notes, then folded warnings in first-seen order", () => {
    const sink = new IssueSink("peps.csv", "peps");
    sink.warning("invalid-value", 2, "B", "b");
    sink.error("field-count", 3, null, "e1");
    sink.warning("unknown-code", 4, "A", "a");
    sink.note("blank-line", 5, null, "n");
    sink.error("field-count", 6, null, "e2");
    sink.warning("invalid-value", 7, "B", "b again");
    expect(sink.list().map((i) => i.message)).toEqual(["e1", "e2", "n", "b, in 2 records", "a"]);
    expect(sink.errorCount).toBe(2);
  });
});
