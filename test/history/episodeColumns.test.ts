import { describe, expect, it } from "vitest";
import { resolveOptions } from "../../src/model/options.js";
import { dayFromIso } from "../../src/dates/day.js";
import { ENDS_CARE, EpisodeColumns, SHORT_BREAK, STARTS_CARE } from "../../src/history/episodeColumns.js";
import { createHistoryIndex, currentEpisode } from "../../src/history/historyIndex.js";
import { chain, cohortOf, episode, episodesOf } from "../fixtures/builders.js";

const d = dayFromIso;

describe("EpisodeColumns", () => {
  const cohort = cohortOf({
    episodes: [
      ...chain("A", [
        { start: "2020-01-01", end: "2020-06-01", rne: "S" },
        { start: "2020-06-01", end: "2020-09-01", rne: "P", rec: "E11" },
      ]),
      episode("B", { start: "2021-01-01", rne: "S", ls: "V3" }),
    ],
  });
  const { children } = cohort;

  it("keeps each child's episodes as contiguous rows with their flags, an open end as Infinity", () => {
    const columns = new EpisodeColumns(3);
    expect(columns.append(episodesOf(cohort, 0))).toBe(0);
    expect(columns.append(episodesOf(cohort, 1))).toBe(2);
    expect([...columns.start]).toEqual([d("2020-01-01"), d("2020-06-01"), d("2021-01-01")]);
    expect([...columns.end]).toEqual([d("2020-06-01"), d("2020-09-01"), Infinity]);
    expect([...columns.flags]).toEqual([STARTS_CARE, ENDS_CARE, STARTS_CARE | SHORT_BREAK]);
  });

  it("covers half-open and overlaps a closed window, as episodeOrder does", () => {
    const columns = new EpisodeColumns(2);
    columns.append(episodesOf(cohort, 0));
    expect([columns.covers(0, d("2020-01-01")), columns.covers(0, d("2020-06-01"))]).toEqual([true, false]);
    expect([columns.overlaps(1, d("2020-09-01"), d("2020-12-31")), columns.overlaps(1, d("2020-09-02"), d("2020-12-31"))]).toEqual([true, false]);
  });

  it("covers a truncated episode's last day (its year's 31 March) but lets it touch no window starting after it", () => {
    const [e] = episodesOf(cohortOf({ episodes: [episode("T", { start: "2020-06-01" })] }), 0);
    const columns = new EpisodeColumns(1);
    columns.append([{ ...e!, stale: true, end: d("2021-03-31"), endReason: null, truncated: true }]);
    expect([columns.covers(0, d("2021-03-31")), columns.covers(0, d("2021-04-01"))]).toEqual([true, false]);
    expect([columns.overlaps(0, d("2021-03-31"), d("2021-06-30")), columns.overlaps(0, d("2021-04-01"), d("2021-06-30"))]).toEqual([true, false]);
    expect(columns.is(0, ENDS_CARE)).toBe(false);
  });

  it("grows past its capacity without losing earlier rows", () => {
    const columns = new EpisodeColumns(1);
    columns.append(episodesOf(cohort, 1));
    expect(columns.append(episodesOf(cohort, 0))).toBe(1);
    expect([...columns.start.subarray(0, 3)]).toEqual([d("2021-01-01"), d("2020-01-01"), d("2020-06-01")]);
    expect(columns.is(0, SHORT_BREAK)).toBe(true);
  });

  it("serves a history index asked about a child outside its cohort: the cohort holds no episodes of it", () => {
    const index = createHistoryIndex(cohortOf({ episodes: [episode("C", { start: "2022-01-01" })] }), resolveOptions());
    expect(index.children).toHaveLength(1); // the cohort fills the columns first
    const outsider = index.of(children[0]!);
    expect(outsider.episodes).toEqual([]);
    expect(currentEpisode(outsider, d("2020-07-01"))).toBeNull();
    expect(currentEpisode(index.children[0]!, d("2022-02-01"))?.episode.start).toBe(d("2022-01-01"));
  });
});
