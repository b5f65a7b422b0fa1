import type { Day } from "../../dates/day.js";
import { defineRule, type RuleData } from "../defineRule.js";
import type { RuleTable } from "../ruleTable.js";
import { birthday } from "./ages.js";
import { RESPITE, codes } from "./checks.js";

const ADOPTED = codes("E11", "E12");

/** An episode of either year, as 1001 reads the two years together. */
interface Episode {
  decom: Day | null;
  dec: Day | null;
  ls: string | null;
  rec: string | null;
}

/**
 * A child's episodes of this year and last year as one list, as the DfE's tool joins them:
 * episodes that start on the same day (or both on no readable day) count once, the one with the
 * earliest end kept (an ended one before an open one); the latest episode, left open, ends on
 * 31 March of the year checked. Also returns that latest episode.
 */
function episodesOfBothYears(data: RuleData, child: string): { episodes: Episode[]; latest: Episode | null } {
  const byStart = new Map<Day | null, Episode>();
  for (const table of [data.table("episodes"), data.table("episodes_last")]) {
    const [decom, dec, ls, rec] = [table.dates("DECOM"), table.dates("DEC"), table.column("LS"), table.column("REC")];
    for (const row of table.byChild().get(child) ?? []) {
      const episode = { decom: decom[row] ?? null, dec: dec[row] ?? null, ls: ls[row] ?? null, rec: rec[row] ?? null };
      const kept = byStart.get(episode.decom);
      if (kept === undefined || (episode.dec !== null && (kept.dec === null || episode.dec < kept.dec))) byStart.set(episode.decom, episode);
    }
  }
  const episodes = [...byStart.values()];
  let latest: Episode | null = null;
  for (const episode of episodes) if (episode.decom !== null && (latest === null || episode.decom > latest.decom!)) latest = episode;
  if (latest !== null && latest.dec === null) latest.dec = data.collectionEnd;
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

/** The header rows whose days count: a DOB that is a date, and under 20 on 31 March. */
function countedHeaderRows(data: RuleData, header: RuleTable, child: string): Day[] {
  const dob = header.dates("DOB");
  return (header.byChild().get(child) ?? []).map((row) => dob[row] ?? null).filter((born): born is Day => born !== null && birthday(born, 20) > data.collectionEnd);
}

/**
 * 1001: a young person with care leaver information (OC3) is a relevant or former relevant
 * child: at least 91 days in care since their 14th birthday, and some since their 16th, in the
 * two years of episodes loaded; and not adopted (latest episode ending E11, E12).
 *
 * As in the DfE's tool: each header row of the child counts their days again; a child over 20 on
 * 31 March, or without a header DOB, has no days counted and so fails; and nothing is flagged when
 * no header child it counts has an episode other than respite. Unlike it, the latest episode is
 * each child's own, not any row sharing its row number in the other year's file (docs/validation.md).
 */
export const r1001 = /* @__PURE__ */ defineRule({
  code: "1001",
  check: (data) => {
    const [episodes, last, oc3, header] = [data.table("episodes"), data.table("episodes_last"), data.table("oc3"), data.table("header")];
    if ([episodes, last, oc3, header].some((table) => table.rowCount === 0)) return {};
    if (!anyEpisodeCounted(data, header)) return {};
    const flagged: number[] = [];
    for (let row = 0; row < oc3.rowCount; row += 1) {
      const child = oc3.childOf(row);
      if (child === null || !relevantAndNotAdopted(data, header, child)) flagged.push(row);
    }
    return { oc3: flagged };
  },
});

function relevantAndNotAdopted(data: RuleData, header: RuleTable, child: string): boolean {
  const { episodes, latest } = episodesOfBothYears(data, child);
  if (ADOPTED.has(latest?.rec ?? "")) return false;
  const births = countedHeaderRows(data, header, child);
  if (births.length === 0 || episodes.length === 0) return false;
  const total = (years: number) => births.reduce((days, born) => days + daysInCareFrom(episodes, birthday(born, years)), 0);
  return total(14) >= 91 && total(16) >= 1;
}

/** Whether some header child counted (a DOB, under 20) has an episode other than respite in either year. */
function anyEpisodeCounted(data: RuleData, header: RuleTable): boolean {
  for (const child of header.byChild().keys()) {
    if (countedHeaderRows(data, header, child).length === 0) continue;
    for (const table of [data.table("episodes"), data.table("episodes_last")]) {
      const ls = table.column("LS");
      if ((table.byChild().get(child) ?? []).some((row) => !RESPITE.has(ls[row] ?? ""))) return true;
    }
  }
  return false;
}
