import * as z from "zod/mini";
import type { $ZodIssue } from "zod/v4/core";
import { parseIsoDay } from "../dates/day.js";
import { CicScorecardError } from "../errors.js";
import type { BenchmarkInput } from "../evaluate/evaluate.js";
import type { SuppressionSettings } from "../evaluate/suppression.js";
import { BUILT_IN_INDICATORS } from "../indicators/registry.js";
import type { IndicatorId } from "../indicators/ids.js";
import type { IndicatorDefinition, Polarity } from "../indicators/types.js";
import { type ScorecardOptions, type ScorecardOptionsInput, optionsSchema } from "../model/options.js";

/**
 * The config file (interface.md §7): population, options, suppression and per-indicator
 * targets, tolerances, polarity, trend threshold and benchmarks. Strict: an unknown key,
 * indicator id, option or value, or a wrong type, is a usage error naming its path.
 */
export interface IndicatorSettings {
  /** Absent: the registry default; null: no target. */
  target?: number | null;
  tolerance?: number | null;
  polarity?: Polarity;
  minimumChange?: number | null;
  /** In config order. */
  benchmarks: BenchmarkInput[];
}

export interface ScorecardConfig {
  population: number | null;
  /** The council's name, shown in the title of html and xlsx outputs; null when not given. */
  council: string | null;
  options: ScorecardOptions;
  suppression: SuppressionSettings;
  /** Only the ids the config names. */
  indicators: Record<string, IndicatorSettings>;
  /**
   * Top-level `benchmarks` (interface.md §7): the DfE's published figures to join, by local
   * authority. Joined by `withDfeBenchmarks` (`cic-scorecard/benchmarks`); the CLI does it.
   */
  benchmarks: DfeBenchmarkRequest | null;
  /** The reference files the DfE's validation rules may read (docs/validation.md, "Reference data"); null when not given. */
  referenceData: ReferenceDataFiles | null;
}

/**
 * Where the reference data is: file paths relative to the config file. The CLI reads them
 * (`readReferenceData` in `cic-scorecard/node`); rules that need a missing one are skipped.
 */
export interface ReferenceDataFiles {
  /** The returning council: ONS code (`E06000031`), old three-digit code (`874`) or name. */
  localAuthority: string | null;
  /** The ONS Postcode Directory, or a cut of it with its columns (CSV). */
  postcodes: string | null;
  /** The DfE's URN lookup lists of Ofsted-registered providers, each saved as CSV. */
  ofstedProviders: string[];
}

export interface DfeBenchmarkRequest {
  /** Old three-digit code (`874`), ONS code (`E06000031`) or name (`Peterborough`). */
  la: string;
  /** The DfE's statistical-neighbour grouping; default 2021. */
  neighbours: "2021" | "2025";
  /** How the neighbours' values are averaged; default mean. */
  neighbourAverage: "mean" | "median";
}

const benchmarkSchema = z.strictObject({
  name: z.string(),
  year: z.string(),
  value: z.union([z.number(), z.enum(["c", "x", "k", "z"])], { error: 'must be a number or one of "c", "x", "k", "z"' }),
});

const nonnegative = () => z.number().check(z.nonnegative());

const indicatorSettingsSchema = z.strictObject({
  target: z.optional(z.nullable(z.number())),
  tolerance: z.optional(z.nullable(nonnegative())),
  polarity: z.optional(z.enum(["higher-is-better", "lower-is-better", "none"])),
  minimumChange: z.optional(z.nullable(nonnegative())),
  benchmarks: z._default(z.array(benchmarkSchema), []),
});

/** One indicator's settings as written in the config file. */
export type IndicatorSettingsInput = z.input<typeof indicatorSettingsSchema>;

/**
 * The config file as written (interface.md §7): every key optional. `Id` widens the indicator
 * keys for a council's own indicators, e.g. `ScorecardConfigInput<IndicatorId | "local-visits">`.
 * schema/config.schema.json describes the same shape for editors.
 */
export interface ScorecardConfigInput<Id extends string = IndicatorId> {
  /** The JSON Schema the file follows (for editors); ignored. */
  $schema?: string;
  population?: number | null;
  council?: string | null;
  options?: ScorecardOptionsInput;
  suppression?: { minDenominator?: number; hideCounts?: boolean };
  indicators?: { [K in Id]?: IndicatorSettingsInput };
  benchmarks?: { la: string; neighbours?: "2021" | "2025"; neighbourAverage?: "mean" | "median" } | null;
  referenceData?: { localAuthority?: string | null; postcodes?: string | null; ofstedProviders?: string[] } | null;
}

const suppressionSchema = z.strictObject({
  minDenominator: z._default(z.number().check(z.int(), z.nonnegative()), 5),
  hideCounts: z._default(z.boolean(), true),
});

export function configSchema(registry: readonly IndicatorDefinition[]) {
  const perIndicator = Object.fromEntries(registry.map((d) => [d.id, z.optional(indicatorSettingsSchema)]));
  const text = () => z.string().check(z.minLength(1));
  return z.strictObject({
    $schema: z.optional(z.string()),
    population: z._default(z.nullable(z.number().check(z.int(), z.positive())), null),
    council: z._default(z.nullable(text()), null),
    options: z.prefault(optionsSchema, {}),
    suppression: z.prefault(suppressionSchema, {}),
    indicators: z.prefault(z.strictObject(perIndicator), {}),
    benchmarks: z._default(
      z.nullable(
        z.strictObject({
          la: text(),
          neighbours: z._default(z.enum(["2021", "2025"]), "2021"),
          neighbourAverage: z._default(z.enum(["mean", "median"]), "mean"),
        }),
      ),
      null,
    ),
    referenceData: z._default(
      z.nullable(
        z.strictObject({
          localAuthority: z._default(z.nullable(text()), null),
          postcodes: z._default(z.nullable(text()), null),
          ofstedProviders: z._default(z.array(text()), []),
        }),
      ),
      null,
    ),
  });
}

/**
 * Parse a config object (already read as JSON). Every key is optional; defaults are filled
 * in. Parsing a parsed config again gives the same config.
 *
 * @throws CicScorecardError `invalid_config` with a one-line message naming the offending path,
 * e.g. `config: unknown option "placementCountin"`.
 *
 * @example
 * ```ts
 * const config = parseConfig({ population: 50000, indicators: { "placements-3plus": { target: 9 } } });
 * config.options.placementCounting; // "carer" (the default)
 * ```
 */
export function parseConfig(input: unknown, registry: readonly IndicatorDefinition[] = BUILT_IN_INDICATORS): ScorecardConfig {
  if (input === undefined && registry === BUILT_IN_INDICATORS) return DEFAULT_CONFIG;
  return parsedConfig(input, registry);
}

function parsedConfig(input: unknown, registry: readonly IndicatorDefinition[]): ScorecardConfig {
  const result = configSchema(registry).safeParse(input === undefined ? {} : input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new CicScorecardError("invalid_config", `config: ${describeIssue(issue, input)}`, issue.path);
  }
  const { population, council, options, suppression, indicators, benchmarks, referenceData } = result.data;
  for (const which of ["add", "remove"] as const) {
    options.bankHolidays[which].forEach((iso, i) => {
      if (parseIsoDay(iso) === null) {
        throw new CicScorecardError("invalid_config", `config: options.bankHolidays.${which}[${i}] "${iso}" is not a real date`, iso);
      }
    });
  }
  const settings: Record<string, IndicatorSettings> = {};
  for (const [id, value] of Object.entries(indicators)) if (value !== undefined) settings[id] = value;
  return { population, council, options, suppression, indicators: settings, benchmarks, referenceData };
}

/**
 * The config of a run given none, under the built-in indicators: parsed once as the module loads
 * (a frozen constant, not a cache), because building the schema was most of a further
 * scorecard's set-up (about 0.4 ms of 6 at 5,000 children).
 */
const DEFAULT_CONFIG: ScorecardConfig = /* @__PURE__ */ deepFrozen(parsedConfig(undefined, BUILT_IN_INDICATORS));

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFrozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** Parse the text of a config file: JSON, then `parseConfig`. */
/** Deeper than any real config; a deeper one would only exhaust the stack of the checks below. */
const MAX_CONFIG_DEPTH = 64;

/**
 * @example
 * ```ts
 * const config = parseConfigText(await readFile("config.json", "utf8"));
 * // A misspelt key throws CicScorecardError("invalid_config", 'config: unknown key "tragets"')
 * ```
 */
export function parseConfigText(text: string, registry: readonly IndicatorDefinition[] = BUILT_IN_INDICATORS): ScorecardConfig {
  const depth = nestingDepth(text);
  if (depth > MAX_CONFIG_DEPTH) {
    throw new CicScorecardError("invalid_config", `config: nested ${depth} levels deep, more than the ${MAX_CONFIG_DEPTH} a config can use`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CicScorecardError("invalid_config", `config: not valid JSON (${oneLine(error instanceof Error ? error.message : String(error))})`);
  }
  return parseConfig(input, registry);
}

/** The deepest nesting of [ and { outside strings, counted without parsing. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, (depth += 1));
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

type Path = readonly PropertyKey[];

function pathText(path: Path): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : `${text === "" ? "" : "."}${String(key)}`;
  return text;
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const UNKNOWN_KEY_KIND: Record<string, string> = { "": "key", options: "option", indicators: "indicator", suppression: "suppression setting" };

const EXPECTED: Record<string, string> = {
  number: "a number", int: "a whole number", string: "text", boolean: "true or false", object: "an object", array: "a list",
};

/** The offending value as the file has it (JSON), cut short so the message stays one line. */
function givenValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeIssue(issue: $ZodIssue, input: unknown): string {
  const where = pathText(issue.path);
  const value = valueAt(input, issue.path);
  // Name the bad value too (interface.md §7: the error names what is wrong); not for the whole config.
  const at = where === "" ? "the config" : `${where} ${givenValue(value)}`;
  switch (issue.code) {
    case "unrecognized_keys": {
      const kind = UNKNOWN_KEY_KIND[where];
      const key = issue.keys[0] ?? "";
      return kind ? `unknown ${kind} "${key}"` : `unknown key "${where}.${key}"`;
    }
    case "invalid_type":
      if (value === undefined) return `${where === "" ? "the config" : where} is required`;
      return `${at} must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `${at} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `${at} must be ${issue.inclusive ? "at least" : "greater than"} ${String(issue.minimum)}`;
    case "too_big":
      return `${at} must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}`;
    case "invalid_format":
      return `${at} must be an ISO date YYYY-MM-DD`;
    default:
      return `${at} ${oneLine(issue.message)}`;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
