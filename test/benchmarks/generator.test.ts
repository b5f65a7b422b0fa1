import { beforeAll, describe, expect, it } from "vitest";
import { generate903 } from "../../benchmarks/generator/generate903.js";
import {
  adoptedShareOfLeavers, byChild, episodesOf, iso, longTermStability, mergeYears, parseCsv, shareWithThreePlacements,
} from "./independentMeasures.js";

// Expected headers and code lists are copied from data.md §4–§6, not imported from the generator.
const HEADERS: Record<string, string> = {
  "header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
  "episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
  "reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE",
  "uasc.csv": "CHILD,SEX,DOB,DUC",
  "oc2.csv": "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
  "oc3.csv": "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
  "ad1.csv": "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
  "placed_for_adoption.csv": "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
  "previous_permanence.csv": "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
  "missing.csv": "CHILD,DOB,MISSING,MIS_START,MIS_END",
  "visits.csv": "CHILD,VISIT_DATE,VISIT_TYPE,SEEN,SEEN_ALONE",
  "health_assessments.csv": "CHILD,TYPE,DATE,REQUESTED",
  "peps.csv": "CHILD,PEP_DATE",
  "pathway_plans.csv": "CHILD,DOB,CATEGORY,CASE_OPEN,CASE_CLOSED,PLAN_DATE",
};

const DATE_COLUMNS = new Set([
  "DOB", "MC_DOB", "DECOM", "DEC", "REVIEW", "DUC", "DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED",
  "MIS_START", "MIS_END", "VISIT_DATE", "DATE", "REQUESTED", "PEP_DATE", "CASE_OPEN", "CASE_CLOSED", "PLAN_DATE",
]);

const words = (text: string) => new Set(text.split(" "));
const RNE = words("S L P T U B");
const LS = words("C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3");
const PROVIDER = words("PR0 PR1 PR2 PR3 PR4 PR5");
const CIN = words("N1 N2 N3 N4 N5 N6 N7 N8");

function placeCodes(endYear: number): Set<string> {
  const codes = words("A3 A4 A5 A6 U1 U2 U3 U4 U5 U6 K1 K2 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4");
  if (endYear <= 2025) for (const c of ["H5", "P2", "Z1"]) codes.add(c);
  if (endYear >= 2025) codes.add("K3");
  if (endYear >= 2026) for (const c of ["Z11", "Z12", "Z13", "Z14"]) codes.add(c);
  return codes;
}

function endReasons(endYear: number): Set<string> {
  const codes = words("X1 E11 E12 E2 E3 E4A E4B E13 E41 E5 E6 E7 E9 E14 E15 E16 E17 E8");
  for (const c of endYear <= 2018 ? ["E43", "E44"] : ["E45", "E46", "E47", "E48"]) codes.add(c);
  return codes;
}

function placeChangeReasons(endYear: number): Set<string> {
  const codes = words("CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE OTHER");
  if (endYear >= 2019) codes.add("CUSTOD");
  return codes;
}

const ACTIV_ALL = words("F1 P1 F2 P2 G4 G5 G6 0");

function isRealDate(text: string): boolean {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return false;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days && year >= 1980 && year <= 2040;
}

const endYearOf = (label: string) => Number(label.slice(0, 4)) + 1;
const YEARS = ["2016-17", "2017-18", "2018-19"];
const RECENT = ["2022-23", "2023-24", "2024-25", "2025-26"];

let files: Record<string, string>;
let recent: Record<string, string>;

beforeAll(() => {
  files = generate903({ children: 2000, years: YEARS, seed: 7 });
  recent = generate903({ children: 1500, years: RECENT, seed: 11 });
});

function table(map: Record<string, string>, year: string, name: string) {
  const text = map[`${year}/${name}`];
  if (text === undefined) throw new Error(`no ${year}/${name}`);
  return parseCsv(text);
}

describe("generate903", () => {
  it("gives identical text for the same seed", () => {
    const options = { children: 300, years: YEARS, seed: 42 };
    expect(generate903(options)).toEqual(generate903(options));
  });

  it("gives different text for another seed", () => {
    const a = generate903({ children: 300, years: YEARS, seed: 42 });
    const b = generate903({ children: 300, years: YEARS, seed: 43 });
    expect(a["2017-18/episodes.csv"]).not.toEqual(b["2017-18/episodes.csv"]);
  });

  it("keeps a child's history whatever number of children is drawn", () => {
    const small = generate903({ children: 50, years: YEARS, seed: 5 });
    const large = generate903({ children: 80, years: YEARS, seed: 5 });
    for (const [path, text] of Object.entries(small)) {
      const firstFifty = (t: string) => t.split("\r\n").filter((line) => Number(line.split(",")[0]) <= 50);
      expect(firstFifty(large[path]!), path).toEqual(firstFifty(text));
    }
    expect(small["2018-19/episodes.csv"]!.split("\r\n").length).toBeGreaterThan(20);
  });

  it("writes every table for every year, each with the 903 header", () => {
    for (const [map, years] of [[files, YEARS], [recent, RECENT]] as const) {
      const expected = years.flatMap((y) => Object.keys(HEADERS).map((name) => `${y}/${name}`)).sort();
      expect(Object.keys(map).sort()).toEqual(expected);
      for (const [path, text] of Object.entries(map)) {
        const name = path.split("/")[1]!;
        expect(text.slice(0, text.indexOf("\r\n")), path).toBe(HEADERS[name]);
      }
    }
  });

  it("fills every row to the header's width and writes only real DD/MM/YYYY dates", () => {
    for (const map of [files, recent]) {
      for (const [path, text] of Object.entries(map)) {
        const { header, rows } = parseCsv(text);
        const lines = text.split("\r\n").filter((l) => l !== "");
        for (const line of lines) expect(line.split(",").length, path).toBe(header.length);
        for (const row of rows) {
          for (const column of header) {
            const value = row[column]!;
            if (DATE_COLUMNS.has(column) && value !== "" && !isRealDate(value)) throw new Error(`${path}: ${column} ${value}`);
          }
        }
      }
    }
  });

  it("uses only the episode codes of each collection year (data.md §5)", () => {
    for (const [map, years] of [[files, YEARS], [recent, RECENT]] as const) {
      for (const year of years) {
        const endYear = endYearOf(year);
        const places = placeCodes(endYear);
        const recs = endReasons(endYear);
        const reasons = placeChangeReasons(endYear);
        for (const row of table(map, year, "episodes.csv").rows) {
          const where = `${year} ${row.CHILD} ${row.DECOM}`;
          expect(RNE.has(row.RNE!), where).toBe(true);
          expect(LS.has(row.LS!), where).toBe(true);
          expect(CIN.has(row.CIN!), where).toBe(true);
          expect(PROVIDER.has(row.PLACE_PROVIDER!), where).toBe(true);
          expect(places.has(row.PLACE!), `${where} PLACE ${row.PLACE}`).toBe(true);
          if (row.PLACE === "P2") expect(iso(row.DECOM!) <= "2023-10-28", where).toBe(true);
          expect(row.REC === "" || recs.has(row.REC!), `${where} REC ${row.REC}`).toBe(true);
          expect(row.REASON_PLACE_CHANGE === "" || reasons.has(row.REASON_PLACE_CHANGE!), where).toBe(true);
          expect(row.DEC === "", where).toBe(row.REC === "");
        }
        const sexes = endYear <= 2024 ? words("1 2") : words("M F U");
        for (const row of table(map, year, "header.csv").rows) expect(sexes.has(row.SEX!), `${year} SEX ${row.SEX}`).toBe(true);
        const activities = new Set([...ACTIV_ALL, ...(endYear <= 2021 ? ["F3", "P3"] : ["F4", "P4", "F5", "P5"])]);
        for (const row of table(map, year, "oc3.csv").rows) expect(activities.has(row.ACTIV!), `${year} ACTIV ${row.ACTIV}`).toBe(true);
      }
    }
  });

  it("uses codes withdrawn or introduced in the recent years where they are valid", () => {
    const placesIn = (year: string) => new Set(table(recent, year, "episodes.csv").rows.map((r) => r.PLACE));
    expect(placesIn("2023-24").has("H5")).toBe(true);
    expect(placesIn("2024-25").has("K3")).toBe(true);
    expect(placesIn("2025-26").has("H5")).toBe(false);
  });

  it("holds the episodes of each year: open on or after 1 April, started by 31 March", () => {
    for (const year of YEARS) {
      const start = `${endYearOf(year) - 1}-04-01`;
      const end = `${endYearOf(year)}-03-31`;
      for (const e of episodesOf(table(files, year, "episodes.csv").rows)) {
        expect(e.decom <= end).toBe(true);
        expect(e.dec === "" || (e.dec >= start && e.dec <= end && e.dec >= e.decom)).toBe(true);
      }
    }
  });

  it("repeats every episode open on 31 March in the next year's return", () => {
    for (let i = 0; i + 1 < YEARS.length; i += 1) {
      const next = new Set(table(files, YEARS[i + 1]!, "episodes.csv").rows.map((r) => `${r.CHILD}|${r.DECOM}`));
      const open = table(files, YEARS[i]!, "episodes.csv").rows.filter((r) => r.DEC === "");
      expect(open.length).toBeGreaterThan(100);
      for (const r of open) expect(next.has(`${r.CHILD}|${r.DECOM}`), `${r.CHILD} ${r.DECOM}`).toBe(true);
    }
  });

  it("chains each child's episodes within a year without overlap (X1 end = next DECOM)", () => {
    for (const year of YEARS) {
      const start = `${endYearOf(year) - 1}-04-01`;
      for (const [child, eps] of byChild(episodesOf(table(files, year, "episodes.csv").rows))) {
        for (let i = 0; i < eps.length; i += 1) {
          const e = eps[i]!;
          const next = eps[i + 1];
          if (next) {
            expect(e.dec !== "" && e.dec <= next.decom, `${year} ${child} ${e.decom} overlaps ${next.decom}`).toBe(true);
            if (e.rec === "X1") expect(next.decom, `${year} ${child} X1 on ${e.dec}`).toBe(e.dec);
          } else {
            expect(e.rec, `${year} ${child} last episode ends X1`).not.toBe("X1");
          }
          if (e.rne !== "S" && e.decom >= start) expect(eps[i - 1]?.rec, `${year} ${child} ${e.decom} has no X1 predecessor`).toBe("X1");
        }
      }
    }
  });

  it("draws the events the indicators need: moves, temporary placements, adoptions, short breaks, UASC, returns to care", () => {
    const rows = YEARS.flatMap((y) => table(files, y, "episodes.csv").rows);
    const count = (test: (r: (typeof rows)[number]) => boolean) => rows.filter(test).length;
    expect(count((r) => r.RNE === "P")).toBeGreaterThan(200);
    expect(count((r) => r.RNE === "L")).toBeGreaterThan(100);
    expect(count((r) => r.RNE === "T" || r.RNE === "U")).toBeGreaterThan(20);
    expect(count((r) => /^T[0-4]$/.test(r.PLACE!))).toBeGreaterThan(10);
    expect(count((r) => r.REC === "E11" || r.REC === "E12")).toBeGreaterThan(20);
    expect(count((r) => r.LS === "V3" || r.LS === "V4")).toBeGreaterThan(20);
    expect(count((r) => /^E4[5-8]$/.test(r.REC!))).toBeGreaterThan(5);
    expect(count((r) => r.DECOM === r.DEC)).toBeGreaterThan(0);
    const periods = new Map<string, number>();
    for (const r of rows) if (r.RNE === "S" && r.LS !== "V3" && r.LS !== "V4") periods.set(r.CHILD!, (periods.get(r.CHILD!) ?? 0) + 1);
    expect([...periods.values()].filter((n) => n > 1).length).toBeGreaterThan(5);
    const uasc = new Set(YEARS.flatMap((y) => table(files, y, "uasc.csv").rows.map((r) => r.CHILD)));
    const inEpisodes = new Set(rows.map((r) => r.CHILD));
    const share = uasc.size / inEpisodes.size;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.12);
    const ad1 = YEARS.flatMap((y) => table(files, y, "ad1.csv").rows);
    expect(ad1.length).toBe(count((r) => r.REC === "E11" || r.REC === "E12"));
  });

  it("has about one child in ten with three or more placements in the year (indicators.md §6: about 10%)", () => {
    for (const year of YEARS) {
      const end = endYearOf(year);
      const children = byChild(episodesOf(table(files, year, "episodes.csv").rows));
      const { numerator, denominator } = shareWithThreePlacements(children, `${end - 1}-04-01`, `${end}-03-31`);
      expect(denominator).toBeGreaterThan(400);
      expect(numerator / denominator).toBeGreaterThan(0.05);
      expect(numerator / denominator).toBeLessThan(0.15);
    }
  });

  it("has adoption as about one end of care in ten (indicators.md §6: 9–10%)", () => {
    for (const year of YEARS) {
      const end = endYearOf(year);
      const children = byChild(episodesOf(table(files, year, "episodes.csv").rows));
      const { numerator, denominator } = adoptedShareOfLeavers(children, `${end - 1}-04-01`, `${end}-03-31`);
      expect(denominator).toBeGreaterThan(200);
      expect(numerator / denominator).toBeGreaterThan(0.05);
      expect(numerator / denominator).toBeLessThan(0.15);
    }
  });

  it("has long-term stability in a council's typical range (indicators.md §6: 55–80%)", () => {
    const merged = byChild(mergeYears(YEARS.map((y) => episodesOf(table(files, y, "episodes.csv").rows))));
    const dobs = new Map<string, string>();
    for (const y of YEARS) for (const r of table(files, y, "header.csv").rows) dobs.set(r.CHILD!, iso(r.DOB!));
    const under16 = (dob: string) => `${Number(dob.slice(0, 4)) + 16}${dob.slice(4)}` > "2019-03-31";
    const { numerator, denominator } = longTermStability(merged, dobs, "2019-03-31", under16, "2016-10-01", "2017-04-01");
    expect(denominator).toBeGreaterThan(100);
    expect(numerator / denominator).toBeGreaterThan(0.55);
    expect(numerator / denominator).toBeLessThan(0.8);
  });

  it("rejects a year that is not a collection year", () => {
    expect(() => generate903({ children: 1, years: ["2018"], seed: 1 })).toThrow(/collection year/);
  });
});
