import { dirname } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { checkDrillDown, renderReport, renderValidation, scorecardReport } from "../app/report.js";
import { type ReadReferenceFiles, referenceDataFor } from "../app/referenceData.js";
import { type ReferenceDataFiles, type ScorecardConfig, parseConfigText } from "../config/config.js";
import type { Day } from "../dates/day.js";
import { CicScorecardError } from "../errors.js";
import { BUILT_IN_INDICATORS } from "../indicators/registry.js";
import type { IndicatorDefinition } from "../indicators/types.js";
import type { LoadedReturn903 } from "../io/ssda903/loadReturn903.js";
import type { Files903, LoadProgress } from "../io/ssda903/parseReturn903.js";
import type { ValidationReport } from "../io/write/validation.js";
import { type DataQuality, recordsBySeverity } from "../model/issue.js";
import type { ReferenceData } from "../validation/defineRule.js";
import { type RulesReport, validateReturn } from "../validation/validateReturn.js";
import { type ReportArgs, type ValidateArgs, HELP, parseArgs } from "./args.js";
import { createProgress } from "./progress.js";

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  loadFolder(dir: string, options: { asAt?: Day; onProgress?: (progress: LoadProgress) => void; reconcile?: boolean }): Promise<LoadedReturn903>;
  /** The folder as a file map (path → bytes), for the DfE rules, which read files raw. */
  readFolder(dir: string): Promise<Files903>;
  /** The reference files a config names, paths relative to `baseDir` (`readReferenceData` of cic-scorecard/node). */
  readReferenceData(
    files: Pick<ReferenceDataFiles, "postcodes" | "ofstedProviders">,
    options: { baseDir: string; postcodesWanted: ReadonlySet<string> },
  ): Promise<Omit<ReferenceData, "localAuthority">>;
  /** stderr is a terminal: progress lines may be shown. */
  isTTY: boolean;
  /** Milliseconds, for progress only (default performance.now). */
  now?: () => number;
  /** The most lines one file may hold for the DfE rules, as `loadFolder` holds (default the pure reader's). */
  maxLinesPerFile?: number;
}

/**
 * Exit codes of interface.md §3. Any input ends in 0, 1 or 2, so a bug of ours also ends in 2,
 * with one line that says it is an internal error (never a stack trace).
 */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, internal: 2 } as const;

const USAGE_CODES = new Set(["usage", "invalid_config", "invalid_argument", "unknown_indicator"]);

/**
 * Run `cic-scorecard` with `argv` (without node and the script). Output goes to stdout or
 * `--out` only when everything succeeded; on a usage error stderr gets exactly one line and
 * stdout nothing. Never throws.
 */
export async function runCli(argv: readonly string[], io: CliIo, registry: readonly IndicatorDefinition[] = BUILT_IN_INDICATORS): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        io.stdout(HELP);
        return EXIT.ok;
      case "version":
        io.stdout(`${packageJson.version}\n`);
        return EXIT.ok;
      case "validate":
        return await validate(args, io);
      case "report":
        return await report(args, io, registry);
    }
  } catch (error) {
    if (error instanceof CicScorecardError && USAGE_CODES.has(error.code)) {
      io.stderr(`cic-scorecard: ${oneLine(error.message.replace(/^\[cic-scorecard\] /, ""))}\n`);
      return EXIT.usage;
    }
    io.stderr(`cic-scorecard: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.internal;
  }
}

async function report(args: ReportArgs, io: CliIo, registry: readonly IndicatorDefinition[]): Promise<number> {
  const drillDown = checkDrillDown(args.drillDown, registry);
  const config = args.config === null ? null : await readConfig(args.config, io, registry);
  const progress = createProgress(io.stderr, io.isTTY, io.now ?? (() => performance.now()));
  const loaded = await io.loadFolder(args.data, { asAt: args.asAt, onProgress: progress.onLoad });
  // The HTML report's appendix: the DfE's rules that fail on the same folder, by indicator.
  const rules = args.format === "html" ? await checkRules(args.data, {}, config, args.config, io) : null;
  progress.stage("computing the scorecard…");
  const result = scorecardReport(loaded, { asAt: args.asAt, period: args.period, population: args.population, config, drillDown, format: args.format, registry, rules });
  progress.done();
  if (result.outsideData !== null) io.stderr(`cic-scorecard: warning: ${result.outsideData}\n`);
  await emit(args.out, await renderReport(result, args.format, registry), io);
  if (args.out !== null) io.stderr(`${closingLine(args.out, `${result.report.indicators.length} indicators`, loaded.dataQuality, true)}\n`);
  return exitFor(loaded.dataQuality);
}

async function validate(args: ValidateArgs, io: CliIo): Promise<number> {
  const config = args.config === null ? null : await readConfig(args.config, io, BUILT_IN_INDICATORS);
  const progress = createProgress(io.stderr, io.isTTY, io.now ?? (() => performance.now()));
  const { dataQuality, reconciliation } = await io.loadFolder(args.data, { onProgress: progress.onLoad, reconcile: true });
  let rules: RulesReport | null = null;
  if (args.rules === "dfe") {
    progress.stage("checking the DfE validation rules…");
    rules = await checkRules(args.data, args.year === null ? {} : { year: args.year }, config, args.config, io);
  }
  progress.done();
  const validation: ValidationReport = { dataQuality, reconciliation: reconciliation ?? [], rules };
  await emit(args.out, renderValidation(validation, args.format), io);
  if (args.out !== null) io.stderr(`${closingLine(args.out, `${dataQuality.files.length} files checked`, dataQuality, false)}\n`);
  return rules !== null && rules.results.length > 0 ? EXIT.dataErrors : exitFor(dataQuality);
}

/** The DfE rules on the folder, with the reference data the config names (read relative to the config file). */
async function checkRules(data: string, options: { year?: string }, config: ScorecardConfig | null, configPath: string | null, io: CliIo): Promise<RulesReport> {
  const files = await io.readFolder(data);
  const read: ReadReferenceFiles = (named, { postcodesWanted }) => io.readReferenceData(named, { baseDir: dirname(configPath ?? "."), postcodesWanted });
  const referenceData: ReferenceData = await referenceDataFor(config, files, read, io.maxLinesPerFile);
  return validateReturn(files, { ...options, referenceData, maxLinesPerFile: io.maxLinesPerFile });
}

/** The one line on stderr after writing `--out` (interface.md §3). */
function closingLine(out: string, what: string, dataQuality: DataQuality, suggestValidate: boolean): string {
  const { errors } = recordsBySeverity(dataQuality.issues);
  const had = `the data had ${errors} ${errors === 1 ? "error" : "errors"}`;
  return `wrote ${out} (${what}); ${errors === 0 ? "the data had no errors" : suggestValidate ? `${had}: run cic-scorecard validate` : had}`;
}

function exitFor(dataQuality: DataQuality): number {
  return dataQuality.issues.some((issue) => issue.severity === "error") ? EXIT.dataErrors : EXIT.ok;
}

async function readConfig(path: string, io: CliIo, registry: readonly IndicatorDefinition[]): Promise<ScorecardConfig> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new CicScorecardError("usage", `cannot read --config ${path}: ${reason(error)}`, path);
  }
  return parseConfigText(text, registry);
}

async function emit(out: string | null, output: string | Uint8Array, io: CliIo): Promise<void> {
  if (out === null) {
    io.stdout(typeof output === "string" ? output : new TextDecoder().decode(output));
    return;
  }
  try {
    await io.writeFile(out, output);
  } catch (error) {
    throw new CicScorecardError("usage", `cannot write --out ${out}: ${reason(error)}`, out);
  }
}

function reason(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
