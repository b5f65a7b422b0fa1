/**
 * Plain, library-free readings of generated 903 text, for the generator's sanity tests:
 * simple CSV splitting (the generator never quotes), ISO day strings compared as text, and
 * the indicator rules of indicators.md §1.8, §3.1, §3.2 and §3.8 written out again by hand.
 */

export type Row = Record<string, string>;

export function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const lines = text.split(/\r?\n/).filter((line) => line !== "");
  const header = (lines[0] ?? "").split(",");
  const rows = lines.slice(1).map((line) => {
    const fields = line.split(",");
    const row: Row = {};
    header.forEach((name, i) => (row[name] = fields[i] ?? ""));
    return row;
  });
  return { header, rows };
}

/** DD/MM/YYYY → YYYY-MM-DD (so that dates compare as text); "" stays "". */
export function iso(date903: string): string {
  if (date903 === "") return "";
  const [d, m, y] = date903.split("/");
  return `${y}-${m}-${d}`;
}

export interface Ep {
  child: string;
  decom: string;
  dec: string;
  rne: string;
  ls: string;
  place: string;
  postcode: string;
  rec: string;
}

export function episodesOf(rows: Row[]): Ep[] {
  return rows.map((r) => ({
    child: r.CHILD!, decom: iso(r.DECOM!), dec: iso(r.DEC!), rne: r.RNE!, ls: r.LS!, place: r.PLACE!, postcode: r.PL_POST!, rec: r.REC!,
  }));
}

export function byChild(episodes: Ep[]): Map<string, Ep[]> {
  const map = new Map<string, Ep[]>();
  for (const e of episodes) {
    const list = map.get(e.child) ?? [];
    list.push(e);
    map.set(e.child, list);
  }
  for (const list of map.values()) list.sort((a, b) => (a.decom < b.decom ? -1 : a.decom > b.decom ? 1 : (a.dec || "9") < (b.dec || "9") ? -1 : 1));
  return map;
}

const shortBreak = (e: Ep) => e.ls === "V3" || e.ls === "V4";
const temporary = (e: Ep) => /^T[0-4]$/.test(e.place);
const covers = (e: Ep, day: string) => e.decom <= day && (e.dec === "" || day < e.dec);

/** Children looked after on `day` (a non-short-break episode covers it). */
export function lookedAfterOn(children: Map<string, Ep[]>, day: string): string[] {
  return [...children].filter(([, eps]) => eps.some((e) => !shortBreak(e) && covers(e, day))).map(([id]) => id);
}

/** Placement spells overlapping [from, to], by the carer rules of §1.8. */
export function placementsInWindow(eps: Ep[], from: string, to: string): number {
  let count = 0;
  let beforeTemporary: Ep | null = null;
  let previous: Ep | null = null;
  for (const e of eps) {
    if (shortBreak(e) || e.decom > to) continue;
    const overlaps = e.dec === "" || e.dec >= from;
    let newSpell: boolean;
    if (previous === null || e.rne === "S") newSpell = true;
    else if (temporary(e)) newSpell = false;
    else if (previous && temporary(previous) && beforeTemporary) newSpell = !(beforeTemporary.place === e.place && beforeTemporary.postcode === e.postcode);
    else newSpell = e.rne === "P" || e.rne === "B";
    if (!temporary(e)) beforeTemporary = e;
    previous = e;
    // A spell that is already running when the window opens counts once, at its first overlapping episode.
    if (overlaps && (newSpell || count === 0)) count += 1;
  }
  return count;
}

/** Share (0–1) of children looked after on `to` with 3 or more placements in [from, to]. */
export function shareWithThreePlacements(children: Map<string, Ep[]>, from: string, to: string): { numerator: number; denominator: number } {
  const cohort = lookedAfterOn(children, to);
  const numerator = cohort.filter((id) => placementsInWindow(children.get(id)!, from, to) >= 3).length;
  return { numerator, denominator: cohort.length };
}

/** Children who left care in [from, to] and, of them, those whose last end was an adoption. */
export function adoptedShareOfLeavers(children: Map<string, Ep[]>, from: string, to: string): { numerator: number; denominator: number } {
  let numerator = 0;
  let denominator = 0;
  for (const eps of children.values()) {
    const ends = eps.filter((e) => !shortBreak(e) && e.dec !== "" && e.dec >= from && e.dec <= to && e.rec !== "X1");
    if (ends.length === 0) continue;
    denominator += 1;
    const last = ends.reduce((a, b) => (b.dec >= a.dec ? b : a));
    if (last.rec === "E11" || last.rec === "E12") numerator += 1;
  }
  return { numerator, denominator };
}

/** Episodes of several years' files, keyed by CHILD + DECOM with the latest year winning (§1.5). */
export function mergeYears(yearsOldestFirst: Ep[][]): Ep[] {
  const kept = new Map<string, Ep[]>();
  for (const episodes of yearsOldestFirst) {
    const thisYear = new Map<string, Ep[]>();
    for (const e of episodes) {
      const key = `${e.child}|${e.decom}`;
      thisYear.set(key, [...(thisYear.get(key) ?? []), e]);
    }
    for (const [key, list] of thisYear) kept.set(key, list);
  }
  return [...kept.values()].flat();
}

/**
 * Long-term stability at `asAt` (§3.2): under-16s whose current period began by `periodBy`
 * (ws(R, 30)) with no short break in it, stable when the current spell began by `spellBy`
 * (ws(R, 24)), or placed for adoption after a spell that did.
 */
export function longTermStability(
  children: Map<string, Ep[]>, dobs: Map<string, string>, asAt: string, sixteenthBirthdayAfter: (dob: string) => boolean,
  periodBy: string, spellBy: string,
): { numerator: number; denominator: number } {
  let numerator = 0;
  let denominator = 0;
  for (const [id, eps] of children) {
    const dob = dobs.get(id);
    if (!dob || !sixteenthBirthdayAfter(dob)) continue;
    const current = eps.filter((e) => !shortBreak(e) && covers(e, asAt)).pop();
    if (!current) continue;
    // Walk back along the X1 chain to the period's first episode.
    const chain: Ep[] = [current];
    for (let e = current; e.rne !== "S"; ) {
      const before = eps.find((p) => p !== e && p.rec === "X1" && p.dec === e.decom);
      if (!before) break;
      chain.unshift(before);
      e = before;
    }
    if (chain[0]!.decom > periodBy) continue;
    if (eps.some((e) => shortBreak(e) && (e.dec === "" || e.dec >= periodBy) && e.decom <= asAt)) continue;
    denominator += 1;
    // Spell starts along the chain.
    const spellStarts: string[] = [];
    let beforeTemporary: Ep | null = null;
    chain.forEach((e, i) => {
      const previous = chain[i - 1];
      let starts: boolean;
      if (i === 0) starts = true;
      else if (temporary(e)) starts = false;
      else if (previous && temporary(previous) && beforeTemporary) starts = !(beforeTemporary.place === e.place && beforeTemporary.postcode === e.postcode);
      else starts = e.rne === "P" || e.rne === "B";
      if (!temporary(e)) beforeTemporary = e;
      if (starts) spellStarts.push(e.decom);
    });
    const currentSpell = spellStarts[spellStarts.length - 1]!;
    const previousSpell = spellStarts[spellStarts.length - 2];
    const adoptive = /^A[3-6]$/.test(current.place);
    if (currentSpell <= spellBy || (adoptive && previousSpell !== undefined && previousSpell <= spellBy)) numerator += 1;
  }
  return { numerator, denominator };
}
