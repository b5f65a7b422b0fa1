import type { DatedRows } from "./childRows.js";
import type { HeaderRows } from "./headerRows.js";
import type { EpisodeRows } from "./episodeRows.js";
import * as z from "zod/mini";
import { type Day, isDay } from "../dates/day.js";

/**
 * Typed records, one schema per table (data.md §4 and §6), as the reader hands them to the
 * core. Dates are `Day` numbers; codes are upper-case strings already checked against the
 * code lists; a blank value is null. Every record keeps its source `file` and `line` (so a
 * record is itself a `SourceRef` that cross-record checks can point at; flat rather than a
 * nested object, which at national scale was millions of small objects), and its
 * `readOrder` (year, then line), which breaks ties the spec resolves by read order.
 */
export const daySchema = z.custom<Day>(isDay, { message: "expected a whole day number" });
const optionalDay = z.nullable(daySchema);
const code = z.string().check(z.minLength(1));
const optionalCode = z.nullable(code);
const flag = z.nullable(z.union([z.literal(0), z.literal(1)]));
const base = {
  childId: z.string().check(z.minLength(1)),
  /** Relative to the data folder with `/` separators (one string shared by the file's records). */
  file: z.string(),
  /** Spreadsheet line (header = 1). */
  line: z.number().check(z.int(), z.positive()),
  /** Position in read order across the whole return: years oldest first, then line. */
  readOrder: z.number().check(z.int(), z.nonnegative()),
};

export const REASONS_FOR_NEW_EPISODE = ["S", "L", "P", "T", "U", "B"] as const;
export type ReasonForNewEpisode = (typeof REASONS_FOR_NEW_EPISODE)[number];

export const headerRecordSchema = z.object({
  ...base,
  sex: optionalCode,
  dateOfBirth: daySchema,
  ethnicity: optionalCode,
  upn: z.nullable(z.string()),
  motherFlag: flag,
  motherChildDateOfBirth: optionalDay,
});

export const episodeRecordSchema = z.object({
  ...base,
  start: daySchema, // DECOM
  end: optionalDay, // DEC, null = open
  reasonForNewEpisode: z.enum(REASONS_FOR_NEW_EPISODE), // RNE
  legalStatus: code, // LS
  categoryOfNeed: optionalCode, // CIN
  placementType: code, // PLACE
  placementProvider: optionalCode, // PLACE_PROVIDER
  /** REC; null on an open episode (a REC there is ignored, data.md §4) or when blank. */
  endReason: optionalCode,
  placementChangeReason: optionalCode, // REASON_PLACE_CHANGE
  homePostcode: z.nullable(z.string()), // HOME_POST
  placementPostcode: z.nullable(z.string()), // PL_POST, as given
  urn: z.nullable(z.string()), // URN, as given
});

export const reviewRecordSchema = z.object({ ...base, dateOfBirth: optionalDay, date: daySchema, participation: optionalCode });

export const uascRecordSchema = z.object({ ...base, sex: optionalCode, dateOfBirth: optionalDay, ceased: optionalDay });

export const oc2RecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  sdqScore: z.nullable(z.number().check(z.int())),
  sdqReason: optionalCode,
  convicted: flag,
  healthCheck: flag,
  immunisations: flag,
  teethCheck: flag,
  healthAssessment: flag,
  substanceMisuse: flag,
  interventionReceived: flag,
  interventionOffered: flag,
});

export const oc3RecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  inTouch: code, // IN_TOUCH
  activity: code, // ACTIV
  accommodation: code, // ACCOM
});

export const ad1RecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  decisionDate: daySchema, // DATE_INT
  matchDate: daySchema, // DATE_MATCH
  fosterCare: z.union([z.literal(0), z.literal(1)]), // FOSTER_CARE
  numberOfAdopters: z.nullable(z.number().check(z.int())),
  sexOfAdopters: optionalCode,
  legalStatusOfAdopters: optionalCode,
});

export const placedForAdoptionRecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  datePlaced: daySchema,
  datePlacedCeased: optionalDay,
  reasonPlacedCeased: optionalCode,
});

export const previousPermanenceRecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  previousPermanence: optionalCode,
  localAuthority: z.nullable(z.string()),
  datePermanence: z.nullable(z.string()),
});

export const missingRecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  kind: z.enum(["M", "A"]), // MISSING
  start: daySchema, // MIS_START
  end: optionalDay, // MIS_END
});

export const socialWorkerEpisodeRecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  socialWorkerId: z.string(),
  start: daySchema,
  end: optionalDay,
  reason: optionalCode,
});

export const visitRecordSchema = z.object({
  ...base,
  date: daySchema, // VISIT_DATE
  visitType: z.enum(["statutory", "other"]), // blank → statutory
  seen: z.enum(["Y", "N"]), // blank → Y
  seenAlone: z.nullable(z.enum(["Y", "N"])),
});

export const healthAssessmentRecordSchema = z.object({
  ...base,
  type: z.enum(["initial", "review", "dental"]),
  date: daySchema,
  requested: optionalDay,
});

export const pepRecordSchema = z.object({ ...base, date: daySchema });

export const pathwayPlanRecordSchema = z.object({
  ...base,
  dateOfBirth: optionalDay,
  category: z.enum(["eligible", "relevant", "former-relevant", "qualifying"]),
  caseOpen: optionalDay,
  caseClosed: optionalDay,
  planDate: optionalDay,
});

export type HeaderRecord = z.infer<typeof headerRecordSchema>;
export type EpisodeRecord = z.infer<typeof episodeRecordSchema>;
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
export type UascRecord = z.infer<typeof uascRecordSchema>;
export type Oc2Record = z.infer<typeof oc2RecordSchema>;
export type Oc3Record = z.infer<typeof oc3RecordSchema>;
export type Ad1Record = z.infer<typeof ad1RecordSchema>;
export type PlacedForAdoptionRecord = z.infer<typeof placedForAdoptionRecordSchema>;
export type PreviousPermanenceRecord = z.infer<typeof previousPermanenceRecordSchema>;
export type MissingRecord = z.infer<typeof missingRecordSchema>;
export type SocialWorkerEpisodeRecord = z.infer<typeof socialWorkerEpisodeRecordSchema>;
export type VisitRecord = z.infer<typeof visitRecordSchema>;
export type HealthAssessmentRecord = z.infer<typeof healthAssessmentRecordSchema>;
export type PepRecord = z.infer<typeof pepRecordSchema>;
export type PathwayPlanRecord = z.infer<typeof pathwayPlanRecordSchema>;

/** The record of each table, as its builder makes it (`RECORD_BUILDERS`). */
export interface TableRecordTypes {
  header: HeaderRecord;
  episodes: EpisodeRecord;
  reviews: ReviewRecord;
  uasc: UascRecord;
  oc2: Oc2Record;
  oc3: Oc3Record;
  ad1: Ad1Record;
  placed_for_adoption: PlacedForAdoptionRecord;
  previous_permanence: PreviousPermanenceRecord;
  missing: MissingRecord;
  sw_episodes: SocialWorkerEpisodeRecord;
  visits: VisitRecord;
  health_assessments: HealthAssessmentRecord;
  peps: PepRecord;
  pathway_plans: PathwayPlanRecord;
}

/** The record of table T. */
export type TableRecord<T extends keyof TableRecordTypes> = TableRecordTypes[T];

/** Every table's records as a list, keyed by table name: a return as built by hand (`tableRecordsOf`). */
export type RecordLists = { [T in keyof TableRecordTypes]: TableRecordTypes[T][] };

/**
 * The records of one table, keyed by table name. The dated tables (visits, health assessments,
 * reviews, PEPs: two thirds of a national return's rows), the episodes and the header are columns
 * (`DatedRows`, `EpisodeRows`, `HeaderRows`), not an object per row.
 */
export interface TableRecords {
  header: HeaderRows;
  episodes: EpisodeRows;
  reviews: DatedRows<ReviewRecord>;
  uasc: UascRecord[];
  oc2: Oc2Record[];
  oc3: Oc3Record[];
  ad1: Ad1Record[];
  placed_for_adoption: PlacedForAdoptionRecord[];
  previous_permanence: PreviousPermanenceRecord[];
  missing: MissingRecord[];
  sw_episodes: SocialWorkerEpisodeRecord[];
  visits: DatedRows<VisitRecord>;
  health_assessments: DatedRows<HealthAssessmentRecord>;
  peps: DatedRows<PepRecord>;
  pathway_plans: PathwayPlanRecord[];
}
