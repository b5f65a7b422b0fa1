import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadReturn903 } from "../../src/io/ssda903/loadReturn903.js";
import { computeScorecard } from "../../src/scorecard/computeScorecard.js";
import { drillDown } from "../../src/scorecard/drillDown.js";

/**
 * indicators.md §1.5 "Stale open episodes": the latest return is the authority for its own
 * year. An episode left open in an earlier return and not repeated later covers the child up
 * to and including its year's 31 March (default `truncate`), and that cut is not an event.
 */
const EPISODE_HEADER = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HEADER_HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

interface Row {
  child: string;
  decom: string;
  dec?: string;
  rec?: string;
  rne?: string;
}

const row = (r: Row) => `${r.child},${r.decom},${r.rne ?? "S"},C2,N1,U4,PR1,${r.dec ?? ""},${r.rec ?? ""},,,,`;

function yearFiles(label: string, rows: Row[]): Record<string, string> {
  const children = [...new Set(rows.map((r) => r.child))];
  return {
    [`${label}/episodes.csv`]: [EPISODE_HEADER, ...rows.map(row)].join("\n") + "\n",
    [`${label}/header.csv`]: [HEADER_HEADER, ...children.map((c) => `${c},1,01/01/2010,WBRI,,,`)].join("\n") + "\n",
  };
}

// A: open in 2020-21 only. B: open in 2021-22 only. C: open throughout. D: open in 2021-22,
// closed (adopted) by the 2022-23 return. E: new in 2022-23. F: stale in 2020-21, back in
// care (a new period) in 2022-23.
const y2021: Row[] = [
  { child: "A", decom: "01/06/2020" },
  { child: "C", decom: "01/05/2019" },
  { child: "F", decom: "01/09/2020" },
];
const y2122: Row[] = [
  { child: "B", decom: "01/07/2021" },
  { child: "C", decom: "01/05/2019" },
  { child: "D", decom: "01/10/2021" },
];
const y2223: Row[] = [
  { child: "C", decom: "01/05/2019" },
  { child: "D", decom: "01/10/2021", dec: "01/10/2022", rec: "E11" },
  { child: "E", decom: "01/01/2023" },
  { child: "F", decom: "01/05/2022" },
];
const folder = { ...yearFiles("2020-21", y2021), ...yearFiles("2021-22", y2122), ...yearFiles("2022-23", y2223) };
const latestOnly = yearFiles("2022-23", y2223);

function figure(files: Record<string, string>, id: string, asAt: string, options: Record<string, unknown> = {}): number | null {
  const { cohort } = loadReturn903(files);
  const result = computeScorecard(cohort, { asAt, config: { options } });
  return result.indicators.find((i) => i.id === id)!.numerator;
}

function members(files: Record<string, string>, id: string, asAt: string, options: Record<string, unknown> = {}): string[] {
  return drillDown(loadReturn903(files).cohort, id, { asAt, options }).numerator;
}

describe("stale open episodes (indicators.md §1.5)", () => {
  it("counts at the latest year's 31 March exactly the children of that year's own return", () => {
    expect(figure(folder, "cla-count", "2023-03-31")).toBe(figure(latestOnly, "cla-count", "2023-03-31"));
    expect(members(folder, "cla-count", "2023-03-31")).toEqual(["C", "E", "F"]);
  });

  it("keeps the earlier reading with staleOpenEpisodes: keep (A and B stay in care for ever)", () => {
    expect(members(folder, "cla-count", "2023-03-31", { staleOpenEpisodes: "keep" })).toEqual(["A", "B", "C", "E", "F"]);
  });

  it("covers the child up to and including its year's 31 March, and not the day after", () => {
    expect(members(folder, "cla-count", "2021-03-31")).toContain("A");
    expect(members(folder, "cla-count", "2021-04-01")).not.toContain("A");
    expect(members(folder, "cla-count", "2022-03-31")).toEqual(["B", "C", "D"]);
  });

  it("is not an end of care: no ends, no adoption, in the year it is cut or after", () => {
    const ends = (asAt: string, options?: Record<string, unknown>) => members(folder, "ends-count", asAt, options);
    expect(ends("2021-04-30")).toEqual([]);
    expect(ends("2022-04-30")).toEqual([]);
    // Only D's adoption ends care in 2022-23; the cuts of A and B are no event.
    expect(ends("2023-03-31")).toEqual(["D"]);
    expect(ends("2023-03-31", { staleOpenEpisodes: "keep" })).toEqual(["D"]);
  });

  it("starts no period after its year: F's return in 2022-23 is a start of its own", () => {
    expect(members(folder, "starts-count", "2023-03-31")).toEqual(["E", "F"]);
  });

  it("with staleOpenEpisodes: close ends it at the child's next DECOM with X1 (open when there is none)", () => {
    // F's stale episode runs to 01/05/2022 (the next DECOM): F is in care on 31/03/2022 again.
    expect(members(folder, "cla-count", "2022-03-31", { staleOpenEpisodes: "close" })).toContain("F");
    expect(members(folder, "cla-count", "2022-03-31")).not.toContain("F");
    // A and B have no later episode: still open, as under keep.
    expect(members(folder, "cla-count", "2023-03-31", { staleOpenEpisodes: "close" })).toEqual(["A", "B", "C", "E", "F"]);
  });

  it("still reports every stale episode as a warning, whatever the option", () => {
    const { dataQuality } = loadReturn903(folder);
    const stale = dataQuality.issues.filter((i) => i.code === "stale-open-episode");
    expect(stale.map((i) => i.file).sort()).toEqual(["2020-21/episodes.csv", "2021-22/episodes.csv"]);
  });
});

/**
 * The law: for any true history, returns cut from it year by year (each holding the episodes
 * open on or after its 1 April, DEC blank when it falls after its 31 March) with any child left
 * out of any later return, the folder counts at the latest 31 March exactly the latest return's
 * children in care.
 */
const YEARS = [2020, 2021, 2022] as const;
const dayText = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
const FIRST = Date.UTC(2018, 3, 1);
const DAY = 86_400_000;

interface TrueEpisode {
  start: number; // days after FIRST
  length: number | null; // null: still open
}
const childHistory = fc
  .array(fc.record({ gap: fc.integer({ min: 1, max: 400 }), length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null, freq: 3 }) }), { minLength: 1, maxLength: 3 })
  .map((parts) => {
    const episodes: TrueEpisode[] = [];
    let day = 0;
    for (const p of parts) {
      const start = day + p.gap;
      episodes.push({ start, length: p.length });
      if (p.length === null) break;
      day = start + p.length;
    }
    return episodes;
  });
const cohortArb = fc.array(fc.record({ history: childHistory, dropped: fc.array(fc.boolean(), { minLength: YEARS.length, maxLength: YEARS.length }) }), { minLength: 1, maxLength: 12 });

function returnsOf(children: { history: TrueEpisode[]; dropped: boolean[] }[]): Record<string, string> {
  const files: Record<string, string> = {};
  YEARS.forEach((endYear, y) => {
    const yearStart = (Date.UTC(endYear - 1, 3, 1) - FIRST) / DAY;
    const yearEnd = (Date.UTC(endYear, 2, 31) - FIRST) / DAY;
    const rows: Row[] = [];
    children.forEach((c, i) => {
      if (y > 0 && c.dropped[y]) return; // a later return that leaves the child out
      for (const e of c.history) {
        const end = e.length === null ? null : e.start + e.length;
        if (e.start > yearEnd || (end !== null && end < yearStart)) continue;
        const closed = end !== null && end <= yearEnd;
        rows.push({
          child: `C${i}`,
          decom: dayText(new Date(FIRST + e.start * DAY)),
          ...(closed ? { dec: dayText(new Date(FIRST + end * DAY)), rec: "E11" } : {}),
        });
      }
    });
    Object.assign(files, yearFiles(`${endYear - 1}-${String(endYear).slice(2)}`, rows));
  });
  return files;
}

describe("law: the latest return decides who is in care at its 31 March", () => {
  it("holds for arbitrary histories and returns that leave children out", () => {
    fc.assert(
      fc.property(cohortArb, (children) => {
        const files = returnsOf(children);
        const latest = Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith("2021-22/")));
        expect(members(files, "cla-count", "2022-03-31")).toEqual(members(latest, "cla-count", "2022-03-31"));
        const reconciled = loadReturn903(files, { reconcile: true }).reconciliation!.find((r) => r.year === "2021-22" && r.id === "cla-count")!;
        expect(reconciled.children).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
