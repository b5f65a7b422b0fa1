import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalisePostcode, normaliseUrn } from "../../src/history/buildCohort.js";

/** §1.8 rule 3 written out plainly: the normalising the stitching must agree with on any text. */
const plainPostcode = (p: string) => p.replace(/\s+/g, "").toUpperCase() || null;
const plainUrn = (u: string) => {
  const t = u.trim().toUpperCase();
  return t === "" || t === "XXXXXXX" ? null : t;
};

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom("A", "b", "Z", "9", "0", " ", "\t", "x", "X", "ß", "é", "\u00a0") }),
  fc.constantFrom("AB12CD", "ab1 2cd", "XXXXXXX", "xxxxxxx", " SC123456 ", "", "PE1 1AB"),
);

describe("normalisePostcode and normaliseUrn", () => {
  it("agree with the plain reading of §1.8 rule 3 on any text, and keep a text already normal as it is", () =>
    fc.assert(
      fc.property(text, (value) => {
        expect(normalisePostcode(value)).toBe(plainPostcode(value));
        expect(normaliseUrn(value)).toBe(plainUrn(value));
        if (/^[A-Z0-9]+$/.test(value)) expect(normalisePostcode(value)).toBe(value);
      }),
      { seed: 1808, numRuns: 2000 },
    ));

  it("read blanks as absent", () => {
    expect([normalisePostcode(null), normalisePostcode(" "), normaliseUrn(null), normaliseUrn("  ")]).toEqual([null, null, null, null]);
  });
});
