import { findLocalAuthority } from "../benchmarks/dfe.js";
import { DFE_DATA } from "../benchmarks/dfeData.js";
import type { ReferenceDataFiles, ScorecardConfig } from "../config/config.js";
import { CicScorecardError } from "../errors.js";
import type { Files903 } from "../io/ssda903/parseReturn903.js";
import type { ReferenceData } from "../validation/defineRule.js";
import { postcodesInReturn } from "../validation/reference/postcodesInReturn.js";

/** Reads the postcode directory and Ofsted's lists a config names (the Node or browser edge does the reading). */
export type ReadReferenceFiles = (
  files: Pick<ReferenceDataFiles, "postcodes" | "ofstedProviders">,
  options: { postcodesWanted: ReadonlySet<string> },
) => Promise<Omit<ReferenceData, "localAuthority">>;

/**
 * The reference data the DfE rules get for `files` under `config`: the council from
 * `referenceData.localAuthority`, else from `benchmarks.la`; the files the config names, the
 * postcode directory cut to the return's own postcodes (read with the rules' `maxLinesPerFile`).
 * Empty when the config names none.
 */
export async function referenceDataFor(config: ScorecardConfig | null, files: Files903, read: ReadReferenceFiles, maxLinesPerFile?: number): Promise<ReferenceData> {
  const named = config?.referenceData ?? null;
  const council = councilOf(config);
  const referenceData: ReferenceData = council === null ? {} : { localAuthority: council };
  if (named === null || (named.postcodes === null && named.ofstedProviders.length === 0)) return referenceData;
  return { ...referenceData, ...(await read(named, { postcodesWanted: postcodesInReturn(files, maxLinesPerFile) })) };
}

/**
 * The returning council's ONS code for the rules: `typed` (the page's field) when given, else
 * the config's `referenceData.localAuthority`, else its `benchmarks.la`; null when none names one.
 */
export function councilOf(config: ScorecardConfig | null, typed: string | null = null): string | null {
  if (typed !== null) return councilCode(typed, "the council typed");
  const named = config?.referenceData?.localAuthority ?? null;
  if (named !== null) return councilCode(named, "referenceData.localAuthority");
  const benchmark = config?.benchmarks?.la ?? null;
  return benchmark === null ? null : councilCode(benchmark, "benchmarks.la");
}

/**
 * A council's ONS code (as the derived placement LA gives it) from its ONS code, old
 * three-digit code or name; an ONS code not in the DfE's list is taken as given (a council
 * formed after the list).
 */
export function councilCode(la: string, key = "referenceData.localAuthority"): string {
  if (/^E\d{8}$/i.test(la.trim())) return la.trim().toUpperCase();
  const found = findLocalAuthority(DFE_DATA, la);
  if (found === null) throw new CicScorecardError("invalid_config", `config: ${key} ${JSON.stringify(la)} is not a council's ONS code, old code or name`, la);
  return found.onsCode;
}
