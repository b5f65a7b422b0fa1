import { type Day, addDays, dayFromIso } from "../../../src/dates/index.js";

/** One synthetic episode, as the case system would hold it (never split by year). */
export interface SynthEpisode {
  start: Day;
  end: Day | null;
  rne: "S" | "L" | "P" | "T" | "U" | "B";
  ls: string;
  place: string;
  provider: string | null;
  rec: string | null;
  reasonPlaceChange: string | null;
  cin: string;
  homePostcode: string;
  postcode: string | null;
  urn: string | null;
}

export interface SynthVisit {
  date: Day;
  type: "statutory" | "other" | null;
  seen: "Y" | "N" | null;
  seenAlone: "Y" | "N" | null;
}

export interface SynthHealth {
  type: "initial" | "review" | "dental";
  date: Day;
  requested: Day | null;
}

export interface SynthOc2 {
  healthAssessment: 0 | 1;
  teethCheck: 0 | 1;
  immunisations: 0 | 1;
  healthCheck: 0 | 1 | null;
  sdqScore: number | null;
}

export interface SynthOc3 {
  endYear: number;
  inTouch: string;
  activity: string;
  accommodation: string;
}

export interface SynthAd1 {
  endYear: number;
  decision: Day;
  match: Day;
  fosterCare: 0 | 1;
  adopters: number;
  sexOfAdopters: string;
  legalStatusOfAdopters: string;
}

export interface SynthPathway {
  category: "eligible" | "relevant" | "former-relevant" | "qualifying";
  caseOpen: Day | null;
  caseClosed: Day | null;
  planDates: Day[];
}

/** A synthetic child (or young person) and everything every table holds about them. */
export interface SynthChild {
  id: string;
  dob: Day;
  sex: "1" | "2";
  ethnicity: string;
  upn: string | null;
  episodes: SynthEpisode[];
  reviews: Day[];
  uasc: { ceased: Day | null } | null;
  /** OC2 rows by collection end year. */
  oc2: Map<number, SynthOc2>;
  oc3: SynthOc3[];
  ad1: SynthAd1 | null;
  missing: { kind: "M" | "A"; start: Day; end: Day | null }[];
  placedForAdoption: { placed: Day; ceased: Day | null; reason: string | null }[];
  visits: SynthVisit[];
  health: SynthHealth[];
  peps: Day[];
  pathway: SynthPathway | null;
  /** The archetype the child was built from (README table; never written to a CSV). */
  archetype: string;
}

export function newChild(id: string, dob: Day, archetype: string): SynthChild {
  return {
    id, dob, sex: "1", ethnicity: "WBRI", upn: null, episodes: [], reviews: [], uasc: null, oc2: new Map(), oc3: [],
    ad1: null, missing: [], placedForAdoption: [], visits: [], health: [], peps: [], pathway: null, archetype,
  };
}

/** Dates used throughout the design. */
export const D = (iso: string): Day => dayFromIso(iso);
export const AS_AT = D("2019-01-31");
export const PREVIOUS_AS_AT = D("2018-12-31");
export const DATA_START = D("2016-04-01");
export const FY_START = D("2018-04-01");
export const day = (d: Day, n: number): Day => addDays(d, n);
