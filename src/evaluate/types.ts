/** What evaluation adds to a measured figure (interface.md §4): RAG, trend, variance, benchmarks. */
export type Rag = "red" | "amber" | "green";
export type Trend = "improving" | "worsening" | "stable";
export type VarianceUnit = "points" | "percent" | "per-10k" | "days" | "count";
/** Suppression marks of published statistics, kept as given. */
export type SuppressionMark = "c" | "x" | "k" | "z";

export interface BenchmarkResult {
  name: string;
  year: string;
  value: number | SuppressionMark;
  variance: number | null;
  varianceUnit: VarianceUnit;
}
