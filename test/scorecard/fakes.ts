import { type Day, dayFromIso } from "../../src/dates/day.js";
import { MembersBuilder } from "../../src/indicators/common.js";
import { type IndicatorContext, type IndicatorDefinition, type Measurement, type Unit, missingData } from "../../src/indicators/types.js";
import { type ChildRecord, type Cohort, type Episode, noDatedRows } from "../../src/model/cohort.js";
import { CohortEpisodes } from "../../src/model/cohortEpisodes.js";

/**
 * Small hand-built cohorts and fake indicators for the scorecard tests, independent of the
 * real indicators. A child's review dates drive every fake: a child "counts" at R when it
 * has a review on or before R.
 */
/** A child's record with its episodes beside it, as `cohort` takes them (a cohort keeps episodes as columns). */
export type FakeChild = ChildRecord & { episodes: Episode[] };

export function child(childId: string, reviews: string[] = [], episodeStart: string | null = null): FakeChild {
  const episodes: Episode[] = episodeStart === null ? [] : [episode(childId, episodeStart)];
  return {
    childId, dateOfBirth: null, sex: null, ethnicity: null, hasHeader: false, episodes,
    reviews: reviews.map(dayFromIso), uasc: null, oc2: [], oc3: [], ad1: null, missing: [], placedForAdoption: [],
    peps: [], pathwayPlan: null,
  };
}

function episode(childId: string, start: string): Episode {
  return {
    childId, file: "episodes.csv", line: 2, readOrder: 0, start: dayFromIso(start), end: null, reasonForNewEpisode: "S",
    legalStatus: "C2", categoryOfNeed: "N1", placementType: "U1", placementProvider: "PR1", endReason: null, placementChangeReason: null,
    homePostcode: null, placementPostcode: null, urn: null, stale: false, truncated: false, endYear: null,
  };
}

/** Children sorted by id in code-point order, as a real Cohort is. */
export function cohort(children: FakeChild[], endYear: number | null = 2019): Cohort {
  const label = endYear === null ? null : `${endYear - 1}-${String(endYear % 100).padStart(2, "0")}`;
  const sorted = [...children].sort((a, b) => (a.childId < b.childId ? -1 : 1));
  return {
    years: [{ label, endYear, tables: ["episodes", "reviews"] }], children: sorted.map(({ episodes: _, ...record }) => record),
    episodes: CohortEpisodes.of(sorted.map((c) => c.episodes)), ...noDatedRows(children.length),
  };
}

const reviewedBy = (c: ChildRecord, asAt: Day) => c.reviews.some((r) => r <= asAt);

function base(id: string, unit: Unit): Omit<IndicatorDefinition, "compute"> {
  return {
    id, title: `Fake ${id}`, unit, polarity: unit === "count" ? "none" : "higher-is-better", theme: "stability", period: { kind: "window" },
    cohort: "every child", numerator: "children reviewed by R", data: "reviews", switches: [], defaultTarget: null,
  };
}

/** Count of children reviewed by R. */
export const fakeCount: IndicatorDefinition = {
  ...base("fake-count", "count"),
  compute: (context) => {
    const members = new MembersBuilder();
    for (const c of context.cohort.children) if (reviewedBy(c, context.asAt)) members.count(c.childId);
    return members.countOfChildren();
  },
  breakdowns: (context, members) => ({ reviewed: { yes: members.numerator.length, no: context.cohort.children.length - members.numerator.length } }),
};

/** Percentage of all children reviewed by R. */
export const fakePercent: IndicatorDefinition = {
  ...base("fake-percent", "percent"),
  compute: (context) => {
    const members = new MembersBuilder();
    for (const c of context.cohort.children) members.include(c.childId, reviewedBy(c, context.asAt));
    return members.percent();
  },
};

/** Children reviewed by R per 10,000. */
export const fakeRate: IndicatorDefinition = { ...base("fake-rate", "rate-per-10k"), polarity: "lower-is-better", compute: fakeCount.compute };

/** Mean days from the first review to R, over children reviewed by R; default target 426. */
export const fakeDays: IndicatorDefinition = {
  ...base("fake-days", "days"),
  polarity: "lower-is-better",
  defaultTarget: 426,
  compute: (context: IndicatorContext): Measurement => {
    let total = 0;
    const ids: string[] = [];
    for (const c of context.cohort.children) {
      const first = c.reviews.find((r) => r <= context.asAt);
      if (first !== undefined) {
        total += context.asAt - first;
        ids.push(c.childId);
      }
    }
    return { kind: "measured", numerator: total, denominator: ids.length, members: { numerator: [], denominator: ids, excluded: [] } };
  },
};

export const fakeMissing: IndicatorDefinition = { ...base("fake-missing", "percent"), compute: () => missingData(["visits"], null) };

export const FAKES = [fakeCount, fakeRate, fakePercent, fakeDays, fakeMissing];
