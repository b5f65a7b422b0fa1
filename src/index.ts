/**
 * cic-scorecard: the public API. Pure — no `node:` module, no clock — so it bundles for the
 * browser and Apps Script (the XLSX writer included). Reading a folder from disk lives in
 * `cic-scorecard/node`.
 *
 * A deliberate surface: what a reporting tool needs to load data, compute and evaluate a
 * scorecard, add local indicators and write the report. Internals (date arithmetic helpers,
 * column maps, schemas, history builders) are imported by path inside the package and are not
 * part of it; test/publicApi.test.ts pins the list.
 *
 * @packageDocumentation
 */

// Loading data: a map of relative paths to CSV text or bytes → a stitched cohort and its data quality.
export { loadReturn903, type LoadReturn903Options, type LoadedReturn903 } from "./io/ssda903/loadReturn903.js";
export { parseReturn903, type Files903, type LoadProgress, type ParseReturn903Options } from "./io/ssda903/parseReturn903.js";
export type { ByteSource } from "./io/csv/byteSource.js";
export { buildCohort } from "./history/buildCohort.js";

// The scorecard.
export { computeScorecard, type ComputeScorecardOptions } from "./scorecard/computeScorecard.js";
export { drillDown, type DrillDownOptions } from "./scorecard/drillDown.js";
export {
  RECONCILED_INDICATORS, reconcileYears, type ReconcileOptions, type ReconciledIndicator, type ReconciliationChild, type ReconciliationReason,
  type YearReconciliation,
} from "./scorecard/reconcile.js";
export { narrativeFor } from "./scorecard/narrative.js";
export type {
  BenchmarkResult, IndicatorResult, Rag, ScorecardReport, ScorecardResult, SeriesPoint, SuppressionMark, Trend, VarianceUnit,
} from "./scorecard/types.js";

// Evaluation of any figure: RAG, trend, variance, presentation, suppression.
export { evaluate, type BenchmarkInput, type EvaluateOptions, type Evaluation } from "./evaluate/evaluate.js";
export { ragOf } from "./evaluate/rag.js";
export { trendOf } from "./evaluate/trend.js";
export {
  SUPPRESSION_MARKS, isSuppressionMark, varianceAgainstBenchmark, varianceAgainstTarget, type RateBenchmarkVariance, type Variance,
} from "./evaluate/variance.js";
export { presentValue } from "./evaluate/present.js";
export { DEFAULT_SUPPRESSION, presentFigure, type PresentedFigure, type SuppressionSettings } from "./evaluate/suppression.js";

// Configuration.
export {
  parseConfig, parseConfigText, type IndicatorSettings, type IndicatorSettingsInput, type ScorecardConfig, type ScorecardConfigInput, type ReferenceDataFiles,
} from "./config/config.js";
export { DEFAULT_OPTIONS, resolveOptions, type ScorecardOptions, type ScorecardOptionsInput } from "./model/options.js";

// Indicators: the registry, and what a council needs to add its own.
export { INDICATOR_IDS, type IndicatorId } from "./indicators/ids.js";
export { BUILT_IN_INDICATORS, createRegistry, findIndicator } from "./indicators/registry.js";
export {
  defineIndicator, missingData, missingTables, titleOf, type Exclusion, type IndicatorContext, type IndicatorDefinition, type IndicatorReads, type Measurement, type Members, type MissingData, type NarrativePhrase, type Polarity,
  type Theme, type Unit,
} from "./indicators/types.js";
export { MembersBuilder, isExcludedAsUasc } from "./indicators/common.js";
export { indicatorReaders, type IndicatorReaders } from "./indicators/readers.js";
export { BREAKDOWN_LABELS, BREAKDOWN_NAMES, type BreakdownName } from "./indicators/breakdowns.js";

// Child histories, as an indicator reads them from its context.
export { currentEpisode, isLookedAfterOn, isUascOn, derivedValue, type ChildHistory, type CurrentEpisode, type DerivedKey, type DerivedValue, type HistoryIndex } from "./history/historyIndex.js";
export type { PeriodOfCare } from "./history/periodsOfCare.js";
export type { Spell } from "./history/spells.js";

// The data model: the cohort, its records and the data-quality account.
export { noDatedRows, type ChildRecord, type Cohort, type CohortYear, type Episode, type PathwayPlanPerson } from "./model/cohort.js";
export { CohortEpisodes } from "./model/cohortEpisodes.js";
export type { CodeColumn, EpisodeRowColumns, EpisodeRows } from "./model/episodeRows.js";
export type { ChildRows, DatedRecord, DatedRows, RowCodec } from "./model/childRows.js";
export type { ChildRuns } from "./model/childRuns.js";
export type { HeaderColumns, HeaderRows } from "./model/headerRows.js";
export { ISSUE_CODES, type DataIssue, type DataQuality, type FileAccount, type IssueCode, type Severity, type SourceRef } from "./model/issue.js";
export type {
  Ad1Record, EpisodeRecord, HeaderRecord, HealthAssessmentRecord, MissingRecord, Oc2Record, Oc3Record, PathwayPlanRecord, PepRecord,
  PlacedForAdoptionRecord, PreviousPermanenceRecord, ReasonForNewEpisode, RecordLists, ReviewRecord, SocialWorkerEpisodeRecord, TableRecord,
  TableRecords, UascRecord, VisitRecord,
} from "./model/records.js";
export { tableRecordsOf, type CollectionYearReturn, type Return903 } from "./model/return903.js";
export { LOCAL_TABLES, TABLES, TABLES_903, type LocalTable, type Table903, type TableName } from "./model/tables.js";
export { TABLE_COLUMNS, type ColumnDeclaration, type ColumnType } from "./model/columns.js";

// Dates: whole days, working days and reporting periods.
export { addDays, addMonths, dayFromIso, dayFromYmd, isoFromDay, parseIsoDay, ukFromDay, ymdFromDay, type Day, type YearMonthDay } from "./dates/day.js";
export { addWorkingDays, workingDaysBetween } from "./dates/workingDays.js";
export { BankHolidayCalendar, type BankHolidayAdjustments } from "./dates/bankHolidays.js";
export { PERIOD_KINDS, reportingPeriod, type PeriodKind, type ReportingPeriod, type TrendComparison } from "./dates/periods.js";

export { CicScorecardError, type ErrorCode } from "./errors.js";

// The DfE's 903 validation rules, per collection year (docs/validation.md).
export {
  validateReturn, loadRuleTables, checkRules, type RuleTables, type RuleFailure, type RuleResult, type RulesReport, type ValidateReturnOptions,
} from "./validation/validateReturn.js";
export type { OfstedProvider, PostcodeFacts, ReferenceData } from "./validation/defineRule.js";
export { PostcodeDirectoryReader, parsePostcodeDirectory } from "./validation/reference/postcodeDirectory.js";
export { parseOfstedLists } from "./validation/reference/ofstedLists.js";
export { postcodesInReturn } from "./validation/reference/postcodesInReturn.js";
export { RULESET_YEARS, rulesetForYear } from "./validation/catalogue.js";

// Writers that need no Node API.
export { renderJson, renderDataQualityJson, renderValidationJson } from "./io/write/json.js";
export { renderCsv, renderDataQualityCsv, renderValidationCsv, type CsvOptions } from "./io/write/csv.js";
export { renderTable, renderDataQualityTable, renderValidationTable } from "./io/write/table.js";
export type { ValidationReport } from "./io/write/validation.js";
export { renderHtml, type HtmlOptions } from "./io/write/html.js";
export { renderXlsx, type XlsxOptions } from "./io/write/xlsx.js";
