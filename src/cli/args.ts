import type { ReportFormat, ValidationFormat } from "../app/report.js";
import { parseIsoDay } from "../dates/day.js";
import type { Day } from "../dates/day.js";
import { PERIOD_KINDS, type PeriodKind } from "../dates/periods.js";
import { CicScorecardError } from "../errors.js";

/**
 * The command line of interface.md §2, parsed by hand (no dependency). Every mistake is a
 * `usage` error with one line saying what is wrong; nothing here reads a file.
 */
export type Format = ReportFormat;
const REPORT_FORMATS: readonly Format[] = ["table", "json", "csv", "html", "xlsx"];
const VALIDATE_FORMATS: readonly ValidationFormat[] = ["table", "json", "csv", "xlsx"];
const RULE_SETS = ["dfe", "none"] as const;

export interface ReportArgs {
  command: "report";
  data: string;
  asAt: Day;
  period: PeriodKind;
  population: number | null;
  config: string | null;
  format: Format;
  out: string | null;
  /** Ids as given, or ["all"]; checked against the registry by the caller. */
  drillDown: string[];
}

export interface ValidateArgs {
  command: "validate";
  data: string;
  /** The collection year checked (`2022-23`), or null for the latest in the folder. */
  year: string | null;
  /** `dfe`: the DfE's validation rules too; `none`: only the reading checks. */
  rules: (typeof RULE_SETS)[number];
  format: ValidationFormat;
  out: string | null;
  /** The config file: its `referenceData` (and `benchmarks.la`) let the rules that need them run. */
  config: string | null;
}

export type CliArgs = ReportArgs | ValidateArgs | { command: "help" } | { command: "version" };

const REPORT_OPTIONS = ["--data", "--as-at", "--period", "--population", "--config", "--format", "--out", "--drill-down"] as const;
const VALIDATE_OPTIONS = ["--data", "--year", "--rules", "--format", "--out", "--config"] as const;
const REPEATABLE = new Set(["--drill-down"]);

function usage(message: string): CicScorecardError {
  return new CicScorecardError("usage", message);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { command: "help" };
  if (argv.includes("--version")) return { command: "version" };
  const [command, ...rest] = argv;
  if (command === undefined) throw usage("missing command: use `cic-scorecard report` or `cic-scorecard validate` (see --help)");
  if (command !== "report" && command !== "validate") throw usage(`unknown command "${command}": use report or validate`);
  const allowed: readonly string[] = command === "report" ? REPORT_OPTIONS : VALIDATE_OPTIONS;
  const values = readOptions(rest, allowed, command);
  const data = required(values, "--data", "DIR");
  const formats = command === "report" ? REPORT_FORMATS : VALIDATE_FORMATS;
  const out = single(values, "--out");
  const format = formatOf(oneOf(values, "--format", formats), out, formats);
  if (command === "validate") {
    if (format === "xlsx" && out === null) throw usage("--format xlsx needs --out FILE");
    // formatOf picked it from VALIDATE_FORMATS.
    return { command, data, year: single(values, "--year"), rules: oneOf(values, "--rules", RULE_SETS) ?? "dfe", format: format as ValidationFormat, out, config: single(values, "--config") };
  }

  if (format === "xlsx" && out === null) throw usage("--format xlsx needs --out FILE");
  const asAtText = required(values, "--as-at", "YYYY-MM-DD");
  const asAt = parseIsoDay(asAtText);
  if (asAt === null) throw usage(`--as-at ${JSON.stringify(asAtText)} is not a real date in the form YYYY-MM-DD`);
  return {
    command,
    data,
    asAt,
    period: oneOf(values, "--period", PERIOD_KINDS) ?? "year",
    population: population(single(values, "--population")),
    config: single(values, "--config"),
    format,
    out,
    drillDown: values.get("--drill-down") ?? [],
  };
}

/** `--name value` or `--name=value`; unknown names, missing values and stray words are errors. */
function readOptions(args: readonly string[], allowed: readonly string[], command: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) throw usage(`unexpected argument ${JSON.stringify(arg)}`);
    const equals = arg.indexOf("=");
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!allowed.includes(name)) throw usage(`unknown option ${name} for ${command}`);
    let value: string;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) throw usage(`${name} needs a value`);
      value = next;
      i += 1;
    }
    if (value === "") throw usage(`${name} needs a value`);
    const list = values.get(name) ?? [];
    if (list.length > 0 && !REPEATABLE.has(name)) throw usage(`${name} given more than once`);
    list.push(value);
    values.set(name, list);
  }
  return values;
}

function single(values: Map<string, string[]>, name: string): string | null {
  return values.get(name)?.[0] ?? null;
}

function required(values: Map<string, string[]>, name: string, placeholder: string): string {
  const value = single(values, name);
  if (value === null) throw usage(`missing ${name} ${placeholder}`);
  return value;
}

function oneOf<T extends string>(values: Map<string, string[]>, name: string, allowed: readonly T[]): T | null {
  const value = single(values, name);
  if (value === null) return null;
  if (!(allowed as readonly string[]).includes(value)) throw usage(`${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  return value as T;
}

/**
 * `--format`, else the `--out` extension (.json .csv .html .xlsx), else table (interface.md §2).
 * A `--format` that contradicts the extension is a usage error.
 */
function formatOf(given: Format | null, out: string | null, formats: readonly Format[]): Format {
  const extension = out === null ? null : /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase() ?? null;
  const implied = formats.find((f) => f !== "table" && f === extension) ?? null;
  if (given !== null && implied !== null && given !== implied) {
    throw usage(`--format ${given} contradicts --out ${out} (a .${implied} file): give one or make them agree`);
  }
  return given ?? implied ?? "table";
}

function population(text: string | null): number | null {
  if (text === null) return null;
  const value = Number(text);
  if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(value) || value <= 0) throw usage(`--population must be a positive whole number, got ${JSON.stringify(text)}`);
  return value;
}

export const HELP = `cic-scorecard: the children-in-care scorecard from SSDA903 data

Usage:
  cic-scorecard report --data DIR --as-at YYYY-MM-DD [--period year|quarter|month|fytd]
      [--population N] [--config FILE] [--format table|json|csv|html|xlsx] [--out FILE]
      [--drill-down ID|all]...
  cic-scorecard validate --data DIR [--year YYYY-YY] [--rules dfe|none]
      [--format table|json|csv|xlsx] [--out FILE] [--config FILE]
  cic-scorecard --help | --version

Options:
  --data DIR        903 tables, or YYYY-YY year subfolders of tables
  --as-at DATE      the last day of the period, inclusive
  --period KIND     year (default), quarter, month or fytd (1 April to the as-at date)
  --population N    children aged under 18 in the area (for the rates)
  --config FILE     targets, tolerances, benchmarks and options (JSON); for validate,
                    the reference data some DfE rules need (postcodes, Ofsted lists)
  --format FORMAT   table (default), json, csv, html or xlsx (xlsx needs --out)
  --out FILE        write there instead of standard output
  --drill-down ID   list the children behind an indicator (repeatable; "all" for every one)
  --year YYYY-YY    validate: the collection year checked (default: the latest year folder)
  --rules SET       validate: dfe (default) adds the DfE validation rules; none, reading checks only

Exit codes: 0 written; 1 written, but the data had errors; 2 usage error.
`;
