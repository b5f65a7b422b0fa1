import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReturn903, type Files903 } from "../../../src/io/ssda903/parseReturn903.js";
import type { DataQuality } from "../../../src/model/issue.js";
import { EPISODES_HEADER, episodeRow } from "./helpers.js";

// Valid by construction: unique children, DEC after DECOM, REC only with DEC.
const dateArb = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2014, max: 2019 }) });
const uk = ({ d, m, y }: { d: number; m: number; y: number }) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
const episodeArb = fc.record({
  start: dateArb,
  closed: fc.boolean(),
  rne: fc.constantFrom("S", "L", "P", "T", "U", "B"),
  ls: fc.constantFrom("C1", "C2", "V2", "E1"),
  place: fc.constantFrom("U1", "U4", "K2", "A5", "P1", "Z1"),
  rec: fc.constantFrom("E4A", "X1", "E11", "E13"),
});
const episodesFileArb = fc.array(episodeArb, { minLength: 1, maxLength: 12 }).map((rows) =>
  [EPISODES_HEADER, ...rows.map((r, k) => episodeRow({
    CHILD: String(1000 + k), DECOM: uk(r.start), RNE: r.rne, LS: r.ls, PLACE: r.place,
    DEC: r.closed ? uk({ ...r.start, y: r.start.y + 1 }) : "", REC: r.closed ? r.rec : "",
  }))].join("\r\n") + "\r\n");
const pepsFileArb = fc.array(dateArb, { minLength: 1, maxLength: 8 }).map((dates) =>
  ["CHILD,PEP_DATE", ...dates.map((d, k) => `${1000 + k},${uk(d)}`)].join("\n") + "\n");

type Mutation = (text: string) => string | Uint8Array;
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n): Mutation => (t) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 6 })).map(([n, bytes]): Mutation => (t) => {
    const encoded = new TextEncoder().encode(t);
    const at = n % (encoded.length + 1);
    return new Uint8Array([...encoded.subarray(0, at), ...bytes, ...encoded.subarray(at)]);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => {
    const [head, ...rest] = t.split("\n");
    const names = head!.split(",");
    const i = a % names.length;
    const j = b % names.length;
    [names[i], names[j]] = [names[j]!, names[i]!];
    return [names.join(","), ...rest].join("\n");
  }),
  fc.tuple(fc.nat(), fc.constantFrom('"', '""', "\n", "\r", ",", " , ,\n", '"\n')).map(([n, s]): Mutation => (t) => {
    const at = n % (t.length + 1);
    return t.slice(0, at) + s + t.slice(at);
  }),
  fc.nat().map((n): Mutation => (t) => {
    const lines = t.split("\n");
    const k = n % lines.length;
    return [...lines.slice(0, k + 1), lines[k]!, ...lines.slice(k + 1)].join("\n");
  }),
);

function mutate(text: string, mutations: Mutation[]): string | Uint8Array {
  let current: string | Uint8Array = text;
  for (const m of mutations) {
    const asText: string = typeof current === "string" ? current : new TextDecoder("latin1").decode(current);
    current = m(asText);
  }
  return current;
}

function checkAccounts(dataQuality: DataQuality): void {
  for (const account of dataQuality.files) {
    expect(account.rowsRead).toBe(account.rowsUsed + account.rowsRejected);
    if (account.rowsRejected === 0) continue;
    const errors = dataQuality.issues.filter((i) => i.file === account.file && i.severity === "error");
    const fileNotUsed = errors.some((i) => ["missing-column", "duplicate-column"].includes(i.code) || (i.code === "unterminated-quote" && i.line === null));
    // Every rejected record has an error at its line (or one file-level error covers the file).
    if (!fileNotUsed) expect(new Set(errors.map((i) => i.line)).size).toBeGreaterThanOrEqual(account.rowsRejected);
  }
}

describe("parseReturn903 under mutation", () => {
  it("never throws, keeps every account balanced, explains every rejection and repeats itself", () => {
    fc.assert(
      fc.property(episodesFileArb, pepsFileArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.array(mutationArb, { maxLength: 2 }), (episodes, peps, m1, m2) => {
        const files: Files903 = { "episodes.csv": mutate(episodes, m1), "peps.csv": mutate(peps, m2) };
        const first = parseReturn903(files);
        checkAccounts(first.dataQuality);
        expect(parseReturn903(files)).toEqual(first);
      }),
      { numRuns: 1500 },
    );
  });

  it("rejects a record with a huge field and reads the rest", () => {
    fc.assert(
      fc.property(episodesFileArb, fc.nat(), (episodes, n) => {
        const lines = episodes.split("\r\n");
        const k = 1 + (n % (lines.length - 2));
        lines[k] = `${lines[k]!.slice(0, -1)}"${"x".repeat(1_048_577)}"`;
        const { dataQuality } = parseReturn903({ "episodes.csv": lines.join("\r\n") });
        checkAccounts(dataQuality);
        expect(dataQuality.files[0]).toMatchObject({ rowsRead: lines.length - 2, rowsRejected: 1 });
        expect(dataQuality.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.line])).toEqual([["field-too-large", k + 1]]);
      }),
      { numRuns: 5 },
    );
  });
});

describe("parseReturn903 row accounting", () => {
  // Records of arbitrary text (quoted when needed), with blank lines anywhere.
  const fieldArb = fc.string({ maxLength: 8 }).map((s) => s.replace(/\u0000/g, ""));
  const quote = (s: string) => (/[",\r\n]/.test(s) || s.trim() === "" ? `"${s.replace(/"/g, '""')}"` : s);
  const lineArb = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fieldArb, fieldArb).map(([a, b]) => ({ record: true, text: `${quote(a)},${quote(b)}` })) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", ",", " \t, ").map((text) => ({ record: false, text })) },
  );

  it("never loses a row: rowsRead is the number of records written", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const text = ["CHILD,PEP_DATE", ...lines.map((l) => l.text)].join(eol);
        const { dataQuality } = parseReturn903({ "peps.csv": text });
        const written = lines.filter((l) => l.record).length;
        expect(dataQuality.files).toEqual([{ file: "peps.csv", rowsRead: written, rowsUsed: expect.any(Number), rowsRejected: expect.any(Number) }]);
        checkAccounts(dataQuality);
      }),
    );
  });

  it("uses every record of a valid file", () => {
    fc.assert(
      fc.property(episodesFileArb, (episodes) => {
        const { return903, dataQuality } = parseReturn903({ "episodes.csv": episodes });
        const rows = episodes.split("\r\n").length - 2;
        expect(dataQuality.files[0]).toEqual({ file: "episodes.csv", rowsRead: rows, rowsUsed: rows, rowsRejected: 0 });
        expect(return903.years[0]!.records.episodes).toHaveLength(rows);
        expect(dataQuality.issues.filter((i) => i.severity === "error")).toEqual([]);
      }),
    );
  });
});
