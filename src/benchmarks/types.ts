/** The compact form of the DfE's published local-authority figures (src/benchmarks/dfeData.ts). */
export interface DfeData {
  /** Which bundle of releases the figures come from. */
  version: string;
  /** [old code, ONS code, name, region ONS code, region name, 2021 neighbours, 2025 neighbours]. */
  las: [string, string, string, string, string, string[], string[]][];
  /** "indicator|cohort" → year (of the 31 March ending it) → code (LA old code, region or England ONS code) → value or DfE mark. */
  figures: Record<string, Record<string, Record<string, number | string>>>;
}
