/**
 * `cic-scorecard/benchmarks`: the DfE's published local-authority figures for children looked
 * after (2016–2025) and the join that fills a scorecard's benchmark rows from them. A separate
 * entry, so a consumer who never asks for benchmarks never loads the data.
 *
 * Contains public sector information licensed under the Open Government Licence v3.0.
 * (Source: Department for Education.)
 */
export { DFE_DATA } from "./benchmarks/dfeData.js";

/** The attribution the Open Government Licence asks for, shipped with the data. */
export const DFE_ATTRIBUTION =
  "Contains public sector information licensed under the Open Government Licence v3.0. (Source: Department for Education.)";
export type { DfeData } from "./benchmarks/types.js";
export {
  ENGLAND, dfeBenchmarkRows, findLocalAuthority, neighbourAverage, publishedBy, withDfeBenchmarks, yearLabel, type DfeLocalAuthority,
} from "./benchmarks/dfe.js";
export type { DfeBenchmarkRequest } from "./config/config.js";
