import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_TABLES, type RuleTableName, ruleTableColumns } from "../../src/model/columns.js";
import { rulesetRules } from "../../src/validation/registry.js";
import { type RulesReport, validateReturn } from "../../src/validation/validateReturn.js";
import { REFERENCE } from "./rules/referenceFixture.js";

/*
 * Laws every implemented rule keeps (issue 14): it never throws on arbitrary rows, its result
 * does not depend on the order of rows, and a rule declared `scope: "row"` flags a row alone
 * exactly as it flags it among others. Seeded globally (test/setup.ts).
 */

const YEARS = ["2021-22", "2022-23"] as const;

/** Field values a 903 file may hold: codes, dates in every shape, blanks, spaces, junk. */
const field = fc.oneof(
  fc.constantFrom("", " ", "0", "1", "2", "9", "1.0", "YES", "no", "M", "A", "S", "P", "L", "T", "U", "B", "X1", "E11", "e4a", "C2", "V3", "N1"),
  fc.constantFrom("PN1", "RD1", "F1", "P3", "G6", "S1", "S2", "Z2", "SDQ1", "L11", "MF", "CUSTOD", "PR1", "U1", "A3", "T2", "K2", "WBRI", "APKN"),
  fc.constantFrom("01/04/2022", "31/03/2023", "29/02/2024", "31/02/2023", "1/5/2022", "2022-05-01", "01/05/22", "13/10/1991", "01/01/1990", "soon"),
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2024-12-31T00:00:00Z"), noInvalidDate: true }).map((d) =>
    `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`),
  // Postcodes and URNs of the reference fixture (some known, some not), so the rules on reference data run too.
  fc.constantFrom("PE1 1AA", "PE2 2BB", "cb1 1aa", "EH1 1AA", "ZE1 0AA", "JE2 3AA", "XX1 1XX", "SC100001", "SC100002", "SC200001", "SC999999", "XXXXXXX"),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[",\r\n]/g, "")),
);

/** Every rule runs: the reference data the fixture provides. */
const check = (folderFiles: Record<string, string>): RulesReport => validateReturn(folderFiles, { referenceData: REFERENCE });
const childId = fc.constantFrom("C1", "C2", "C3", "c4", "");

/** One table's rows: CHILD then every other column of its declaration. */
function rowsOf(table: RuleTableName) {
  const width = ruleTableColumns(table).length - 1;
  return fc.array(fc.tuple(childId, fc.array(field, { minLength: width, maxLength: width })).map(([child, rest]) => [child, ...rest]), { maxLength: 5 });
}

const TABLES: readonly RuleTableName[] = RULE_TABLES.filter((t) => t !== "DoLo");
const folder = fc.record(Object.fromEntries(YEARS.flatMap((year) => TABLES.map((t) => [`${year}/${t}`, rowsOf(t)])))) as fc.Arbitrary<Record<string, string[][]>>;

function files(tables: Record<string, string[][]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tables).map(([key, rows]) => {
      const table = key.split("/")[1] as RuleTableName;
      return [`${key}.csv`, [ruleTableColumns(table).join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n"];
    }),
  );
}

/** What a result says, without line numbers (which move when rows move). */
function flagged(report: RulesReport): string[] {
  return report.results.flatMap((r) => r.failures.map((f) => `${r.code}|${f.file}|${f.child}|${f.values.join("\u0001")}`)).sort();
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const ROW_RULES = rulesetRules("2022-23").filter((r) => r.definition?.scope === "row" && r.facts.tables.length === 1);

describe("DfE rules: laws", () => {
  it("never throw on arbitrary rows", () => {
    fc.assert(fc.property(folder, (tables) => {
      const report = check(files(tables));
      expect(report.collectionYear).toBe("2022-23");
    }), { numRuns: 100 });
  });

  it("give the same failures whatever the order of rows", () => {
    fc.assert(fc.property(folder, fc.nat(), (tables, seed) => {
      const reordered = Object.fromEntries(Object.entries(tables).map(([key, rows]) => [key, shuffled(rows, seed)]));
      expect(flagged(check(files(reordered)))).toEqual(flagged(check(files(tables))));
    }), { numRuns: 100 });
  });

  it("flag a row of a single-row rule alone exactly as among others", () => {
    expect(ROW_RULES.length).toBeGreaterThan(30);
    fc.assert(fc.property(folder, (tables) => {
      const all = check(files(tables));
      for (const table of TABLES) {
        const key = `2022-23/${table}`;
        const rules = ROW_RULES.filter((r) => r.facts.tables[0] === `${table}.csv`).map((r) => r.facts.code);
        if (rules.length === 0) continue;
        tables[key]!.forEach((row, index) => {
          const alone = check(files({ ...tables, [key]: [row] }));
          for (const code of rules) {
            const among = all.results.find((r) => r.code === code)?.failures.some((f) => f.file === `${key}.csv` && f.line === index + 2) ?? false;
            const solo = alone.results.find((r) => r.code === code)?.failures.some((f) => f.file === `${key}.csv`) ?? false;
            expect(solo, `${code} on ${key} row ${index}`).toBe(among);
          }
        });
      }
    }), { numRuns: 40 });
  });
});
