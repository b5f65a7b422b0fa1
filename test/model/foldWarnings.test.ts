import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DataIssue, foldWarnings, foldedMessage } from "../../src/model/issue.js";
import { IssueSink } from "../../src/io/ssda903/issueSink.js";

/** The one folding rule (data.md §3), as the checks after reading apply it and as the reader does while reading. */

const issue = fc.record({
  code: fc.constantFrom("overlapping-episodes", "negative-interval", "unknown-code") as fc.Arbitrary<DataIssue["code"]>,
  severity: fc.constantFrom("warning", "warning", "error") as fc.Arbitrary<DataIssue["severity"]>,
  file: fc.constantFrom("a.csv", "b.csv", null),
  line: fc.option(fc.integer({ min: 2, max: 40 }), { nil: null }),
  column: fc.constantFrom("DEC", null),
  message: fc.constantFrom("m1", "m2"),
  indicators: fc.constant([] as string[]),
  count: fc.constant(1),
  child: fc.constantFrom("A", "B", null),
});

const keyOf = (i: DataIssue) => `${i.file}|${i.code}|${i.column}`;

describe("foldWarnings", () => {
  it("keeps every error, one warning per file, code and column at its first line, and loses no record", () => {
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 30 }), (issues) => {
        const folded = foldWarnings(issues);
        const total = (list: readonly DataIssue[]) => list.reduce((n, i) => n + i.count, 0);
        expect(total(folded)).toBe(total(issues));
        expect(folded.filter((i) => i.severity === "error")).toEqual(issues.filter((i) => i.severity === "error"));
        const warnings = issues.filter((i) => i.severity === "warning");
        const foldedWarnings = folded.filter((i) => i.severity === "warning");
        expect(foldedWarnings.map(keyOf)).toEqual([...new Set(warnings.map(keyOf))]);
        for (const kept of foldedWarnings) {
          const same = warnings.filter((i) => keyOf(i) === keyOf(kept));
          expect(kept.line ?? 0).toBe(Math.min(...same.map((i) => i.line ?? 0)));
          expect(kept.count).toBe(same.length);
          if (same.length > 1) expect(kept.message).toMatch(new RegExp(`, in ${same.length} records$`));
          else expect(kept).toBe(same[0]);
        }
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it("words a fold as the reader does: the reader's sink and foldWarnings agree on the same warnings", () => {
    const sink = new IssueSink("e.csv", "episodes");
    const found: DataIssue[] = [];
    for (const line of [2, 5, 9]) {
      sink.warning("unknown-code", line, "PLACE", "PLACE Z9 is not a known code; kept as given");
      found.push({ ...sink.list()[0]!, line, message: "PLACE Z9 is not a known code; kept as given", count: 1 });
    }
    expect(foldWarnings(found)[0]!.message).toBe(sink.list()[0]!.message);
    expect(sink.list()[0]!.message).toBe(foldedMessage("PLACE Z9 is not a known code; kept as given", 3));
    expect(foldedMessage("one record", 1)).toBe("one record");
  });
});
