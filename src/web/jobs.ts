import { type ReportResult, renderReport, renderValidation, scorecardReport } from "../app/report.js";
import { type ScorecardConfig, parseConfigText } from "../config/config.js";
import { type Day, isoFromDay, lastDayOfMonth, parseIsoDay } from "../dates/day.js";
import { CicScorecardError } from "../errors.js";
import { BUILT_IN_INDICATORS } from "../indicators/registry.js";
import { planFolder, plansA903Table, tableOfFileName } from "../io/ssda903/folderLayout.js";
import { type LoadedReturn903, loadReturn903 } from "../io/ssda903/loadReturn903.js";
import type { Files903 } from "../io/ssda903/parseReturn903.js";
import { tableCells } from "../io/write/table.js";
import type { ValidationReport } from "../io/write/validation.js";
import type { Cohort } from "../model/cohort.js";
import { drillDown } from "../scorecard/drillDown.js";
import { dataEndOf, latestEpisodeDay } from "../scorecard/run.js";
import { validateReturn } from "../validation/validateReturn.js";
import type { ReferenceData } from "../validation/defineRule.js";
import type { ScoreSettings, WorkerAnswer, WorkerRequest } from "./protocol.js";
import { pickedReferenceData } from "./referenceFiles.js";

/**
 * The page's work, run in a Web Worker (or, where a worker cannot start, on the page itself):
 * the same report job as the CLI (src/app), so downloads are the CLI's bytes. Holds the
 * chosen folder's files and the last result between requests.
 */
const REGISTRY = BUILT_IN_INDICATORS;

export interface Jobs {
  handle(request: WorkerRequest, post: (answer: WorkerAnswer) => void): Promise<void>;
}

export function createJobs(): Jobs {
  let files: Files903 = {};
  let flat = false;
  let loaded: { asAt: Day | null; value: LoadedReturn903 } | null = null;
  let scored: { settings: ScoreSettings; asAt: Day; config: ScorecardConfig | null; result: ReportResult } | null = null;
  let validation: ValidationReport | null = null;
  /** The DfE rules' reference data from the last validation's picked files (kept for the HTML report's appendix). */
  let reference: ReferenceData = {};

  /** A flat folder's two-digit years are read against the as-at date (as the CLI does); year folders do not depend on it. */
  const loadFor = (asAt: Day | null, post: (answer: WorkerAnswer) => void): LoadedReturn903 => {
    if (loaded !== null && (!flat || loaded.asAt === asAt)) return loaded.value;
    const tables = Object.keys(files).filter((path) => !path.endsWith("/")).length;
    let done = 0;
    const value = loadReturn903(files, {
      ...(asAt === null ? {} : { asAt }),
      onProgress: (progress) => {
        if (progress.stage === "file") post({ type: "progress", message: `Reading ${progress.file}`, fraction: tables === 0 ? null : Math.min(1, (done += 1) / tables) });
        else post({ type: "progress", message: "Linking each child's records…", fraction: null });
      },
    });
    loaded = { asAt, value };
    return value;
  };

  async function handle(request: WorkerRequest, post: (answer: WorkerAnswer) => void): Promise<void> {
    switch (request.type) {
      case "load": {
        const paths = request.files.map((f) => f.path);
        if (!plansA903Table(planFolder(paths))) {
          throw new CicScorecardError("usage", "This folder holds no SSDA903 table (such as episodes.csv or header.csv). Choose the folder that holds the return's CSV files, or its year subfolders (2018-19 …).");
        }
        const read: Record<string, Files903[string]> = {};
        let k = 0;
        for (const { path, file, notRead } of request.files) {
          post({ type: "progress", message: `Opening ${path}`, fraction: (k += 1) / request.files.length });
          read[path] = notRead !== null ? { notRead } : file === null ? new Uint8Array(0) : new Uint8Array(await file.arrayBuffer());
        }
        files = read;
        reference = {};
        // One return (tables straight in the folder), as readFolder903 decides it.
        flat = paths.some((p) => !p.includes("/") && tableOfFileName(p) !== null);
        loaded = null;
        scored = null;
        validation = null;
        const value = loadFor(null, post);
        const years = value.cohort.years.map((y) => y.label).filter((label): label is string => label !== null);
        const latest = defaultAsAt(value.cohort);
        post({ type: "loaded", years, defaultAsAt: latest === null ? null : isoFromDay(latest) });
        return;
      }
      case "score": {
        const { settings } = request;
        const config = configOf(settings);
        const asAt = settings.asAt === null ? defaultAsAt(loadFor(null, post).cohort) : parseIsoDay(settings.asAt);
        if (asAt === null) throw new CicScorecardError("usage", "Choose an as-at date: the data holds no episode to take one from.");
        post({ type: "progress", message: "Computing the scorecard…", fraction: null });
        const result = scorecardReport(loadFor(asAt, post), {
          asAt, period: settings.period, population: settings.population, config, drillDown: [], format: "json", registry: REGISTRY,
        });
        scored = { settings, asAt, config, result };
        const reportHtml = await renderReport(result, "html", REGISTRY);
        post({
          type: "scored", asAt: result.report.asAt, periodStart: result.report.periodStart,
          indicators: result.report.indicators.map((i) => ({ id: i.id, title: i.title, cells: tableCells(i) })),
          dataQuality: result.report.dataQuality, reportHtml: typeof reportHtml === "string" ? reportHtml : "",
          warnings: result.outsideData === null ? [] : [result.outsideData], council: result.council, config: effectiveConfigText(settings),
        });
        return;
      }
      case "drill": {
        if (scored === null) throw new CicScorecardError("usage", "Score the data first.");
        const members = drillDown(loadFor(scored.asAt, post).cohort, request.indicator, {
          asAt: scored.asAt, period: scored.settings.period, options: scored.config?.options ?? {}, indicators: REGISTRY,
        });
        post({ type: "drilled", indicator: request.indicator, members });
        return;
      }
      case "download": {
        if (scored === null) throw new CicScorecardError("usage", "Score the data first.");
        const { settings, asAt, config } = scored;
        // The CSV leaves out series and narratives, as the CLI's does; the HTML carries the DfE rules' appendix, as the CLI's does.
        const result = request.format === "csv"
          ? scorecardReport(loadFor(asAt, post), { asAt, period: settings.period, population: settings.population, config, drillDown: [], format: "csv", registry: REGISTRY })
          : request.format === "html"
            ? { ...scored.result, rules: validation?.rules ?? validateReturn(files, { referenceData: reference }) }
            : scored.result;
        const data = await renderReport(result, request.format, REGISTRY);
        post({ type: "file", name: `scorecard-${isoFromDay(asAt)}.${request.format}`, mime: MIME[request.format], data });
        return;
      }
      case "validate": {
        if (request.reference?.postcodes) post({ type: "progress", message: `Reading ${request.reference.postcodes.name}…`, fraction: null });
        reference = await pickedReferenceData(request.reference, scored?.config ?? null, files);
        post({ type: "progress", message: "Checking the DfE validation rules…", fraction: null });
        const { dataQuality, reconciliation } = loadReturn903(files, { reconcile: true });
        validation = { dataQuality, reconciliation: reconciliation ?? [], rules: validateReturn(files, { referenceData: reference }) };
        post({ type: "validated", dataQuality, reconciliation: [...validation.reconciliation], rules: validation.rules ?? null });
        return;
      }
      case "download-validation": {
        if (validation === null) throw new CicScorecardError("usage", "Validate the data first.");
        post({ type: "file", name: `validation.${request.format}`, mime: MIME[request.format], data: renderValidation(validation, request.format) });
        return;
      }
    }
  }

  return {
    async handle(request, post) {
      try {
        await handle(request, post);
      } catch (error) {
        post({ type: "failed", message: plainMessage(error) });
      }
    },
  };
}

const MIME = {
  json: "application/json", csv: "text/csv", html: "text/html",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * The latest month end the data covers: the end of the month of its latest episode date, but
 * not after 31 March of its latest collection year. Null without episodes.
 */
export function defaultAsAt(cohort: Cohort): Day | null {
  const latest = latestEpisodeDay(cohort);
  if (latest === null) return null;
  const end = dataEndOf(cohort);
  const monthEnd = lastDayOfMonth(latest);
  return end !== null && monthEnd > end ? end : monthEnd;
}

/** The config file, with the targets edited in the page written into it. */
function effectiveConfig(settings: ScoreSettings): Record<string, unknown> {
  const base = settings.configText === null ? {} : (JSON.parse(settings.configText.replace(/^\uFEFF/, "")) as Record<string, unknown>);
  if (Object.keys(settings.targets).length === 0) return base;
  const indicators = { ...((base.indicators as Record<string, Record<string, unknown>> | undefined) ?? {}) };
  for (const [id, target] of Object.entries(settings.targets)) indicators[id] = { ...(indicators[id] ?? {}), target };
  return { ...base, indicators };
}

function effectiveConfigText(settings: ScoreSettings): string {
  return `${JSON.stringify(effectiveConfig(settings), null, 2)}\n`;
}

function configOf(settings: ScoreSettings): ScorecardConfig | null {
  if (settings.configText === null && Object.keys(settings.targets).length === 0) return null;
  // Parse the file first, so that its own errors name its own text.
  if (settings.configText !== null) parseConfigText(settings.configText, REGISTRY);
  return parseConfigText(effectiveConfigText(settings), REGISTRY);
}

/** Never a stack trace: our errors' one line, or a plain sentence. */
function plainMessage(error: unknown): string {
  if (error instanceof CicScorecardError) return error.message.replace(/^\[cic-scorecard\] /, "");
  return `Something went wrong inside cic-scorecard (${error instanceof Error ? error.message : String(error)}). Please report it with the steps that led here.`;
}
