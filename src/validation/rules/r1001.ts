import type { Day } from "../../dates/day.js";
import { defineRule, type RuleData } from "../defineRule.js";
import type { RuleTable } from "../ruleTable.js";
import { birthday } from "./ages.js";
import { codes } from "./checks.js";

const RESPITE = codes("V3", "V4");
const ADOPTED = codes("E11", "E12");

/** An episode of either year, as 1001 reads the two years together. */
interface Episode {
  child: string | null;
  decom: Day | null;
  dec: Day | null;
  ls: string | null;
  rec: string | null;
}

/**
 * This year's and last year's episodes as one list, as the DfE's tool joins them: a child's
 * episodes that start on the same day (or both on no readable day) count once, the one with the
 * earliest end kept (an ended one before an open one); each child's latest episode, left open,
 * ends on 31 March of the year checked.
 */
function episodesOfBothYears(data: RuleData): { episodes: Episode[]; latest: Map<string, Episode> } {
  const all: Episode[] = [];
  for (const table of [data.table("episodes"), data.table("episodes_last")]) {
    const [decom, dec, ls, rec] = [table.dates("DECOM"), table.dates("DEC"), table.column("LS"), table.column("REC")];
    for (let row = 0; row < table.rowCount; row += 1) all.push({ child: table.childOf(row), decom: decom[row] ?? null, dec: dec[row] ?? null, ls: ls[row] ?? null, rec: rec[row] ?? null });
  }
  const byStart = new Map<string, Episode>();
  for (const episode of all) {
    const key = `${episode.child ?? "\u0000"}|${episode.decom ?? ""}`;
    const kept = byStart.get(key);
    if (kept === undefined || (episode.dec !== null && (kept.dec === null || episode.dec < kept.dec))) byStart.set(key, episode);
  }
  const episodes = [...byStart.values()].map((episode) => ({ ...episode }));
  const latest = new Map<string, Episode>();
  for (const episode of episodes) {
    if (episode.child === null || episode.decom === null) continue;
    const before = latest.get(episode.child);
    if (before === undefined || episode.decom > before.decom!) latest.set(episode.child, episode);
  }
  for (const episode of latest.values()) episode.dec ??= data.collectionEnd;
  return { episodes, latest };
}

/** Days in care (not respite) on or after `from`, over episodes with an end; a start that is not a date counts from `from`. */
function daysInCareFrom(episodes: readonly Episode[], from: Day): number {
  let days = 0;
  for (const { decom, dec, ls } of episodes) {
    if (dec === null || RESPITE.has(ls ?? "")) continue;
    days += Math.max(0, dec - Math.max(decom ?? from, from));
  }
  return days;
}

/**
 * 1001: a young person with care leaver information (OC3) is a relevant or former relevant
 * child: at least 91 days in care since their 14th birthday, and some since their 16th, in the
 * two years of episodes loaded; and not adopted (latest episode ending E11, E12).
 *
 * As in the DfE's tool: each header row of the child counts their days again; a child over 20 on
 * 31 March, or without a header DOB, has no days counted and so fails. Unlike it, the latest
 * episode is each child's own, not any row sharing its row number in the other year's file
 * (docs/validation.md).
 */
export const r1001 = /* @__PURE__ */ defineRule({
  code: "1001",
  check: (data) => {
    const [oc3, header] = [data.table("oc3"), data.table("header")];
    if ([data.table("episodes"), data.table("episodes_last"), oc3, header].some((table) => table.rowCount === 0)) return {};
    const { episodes, latest } = episodesOfBothYears(data);
    const episodesByChild = groupByChild(episodes);
    const relevant = relevantChildren(data, header, episodesByChild);
    // The DfE's tool flags nothing when no episode (other than respite) belongs to a header child it counts.
    if (relevant === null) return {};
    const flagged: number[] = [];
    for (let row = 0; row < oc3.rowCount; row += 1) {
      const child = oc3.childOf(row);
      const adopted = child !== null && ADOPTED.has(latest.get(child)?.rec ?? "");
      if (adopted || child === null || !relevant.has(child)) flagged.push(row);
    }
    return { oc3: flagged };
  },
});

function groupByChild(episodes: readonly Episode[]): Map<string, Episode[]> {
  const byChild = new Map<string, Episode[]>();
  for (const episode of episodes) {
    if (episode.child === null) continue;
    const list = byChild.get(episode.child);
    if (list === undefined) byChild.set(episode.child, [episode]);
    else list.push(episode);
  }
  return byChild;
}

/**
 * Children whose days in care from 14 (summed over each header row with a DOB, under 20 on 31
 * March) reach 91, and from 16 reach 1; null when no such header child has an episode other than respite.
 */
function relevantChildren(data: RuleData, header: RuleTable, episodesByChild: ReadonlyMap<string, readonly Episode[]>): Set<string> | null {
  const dob = header.dates("DOB");
  const totals = new Map<string, { from14: number; from16: number }>();
  let counted = false;
  for (let row = 0; row < header.rowCount; row += 1) {
    const [child, born] = [header.childOf(row), dob[row] ?? null];
    if (child === null || born === null || birthday(born, 20) <= data.collectionEnd) continue;
    const episodes = episodesByChild.get(child);
    if (episodes === undefined) continue;
    counted ||= episodes.some((episode) => !RESPITE.has(episode.ls ?? ""));
    const total = totals.get(child) ?? { from14: 0, from16: 0 };
    total.from14 += daysInCareFrom(episodes, birthday(born, 14));
    total.from16 += daysInCareFrom(episodes, birthday(born, 16));
    totals.set(child, total);
  }
  if (!counted) return null;
  return new Set([...totals].filter(([, { from14, from16 }]) => from14 >= 91 && from16 >= 1).map(([child]) => child));
}
