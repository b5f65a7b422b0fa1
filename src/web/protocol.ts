import type { ReportFormat, ValidationFormat } from "../app/report.js";
import type { TableCells } from "../io/write/table.js";
import type { DataQuality } from "../model/issue.js";
import type { YearReconciliation } from "../scorecard/reconcile.js";
import type { Members } from "../indicators/types.js";
import type { RulesReport } from "../validation/validateReturn.js";

/** What the page asks the worker; each request carries an id its answer repeats. */
export type WorkerRequest =
  | { type: "load"; files: { path: string; file: Blob | null; notRead: string | null }[] }
  | { type: "score"; settings: ScoreSettings }
  | { type: "drill"; indicator: string }
  | { type: "download"; format: Exclude<ReportFormat, "table"> }
  | { type: "validate"; reference: PickedReference | null }
  | { type: "download-validation"; format: Exclude<ValidationFormat, "table"> };

/** Reference data for the DfE rules, picked in the page (a page cannot open the paths a config names). */
export interface PickedReference {
  /** The council: ONS code, old three-digit code or name; null: the config's. */
  localAuthority: string | null;
  /** The ONS Postcode Directory as downloaded (CSV). */
  postcodes: { name: string; file: Blob } | null;
  /** Ofsted's provider lists saved as CSV. */
  ofstedProviders: { name: string; file: Blob }[];
}

export interface ScoreSettings {
  /** ISO; null: the latest month end the data covers. */
  asAt: string | null;
  period: "year" | "quarter" | "month" | "fytd";
  population: number | null;
  /** The config file's text, or null. */
  configText: string | null;
  /** Targets edited in the page, by indicator id; they win over the config's. */
  targets: Record<string, number | null>;
}

export interface ScoredIndicator {
  id: string;
  title: string;
  cells: TableCells;
}

export type WorkerAnswer =
  | { type: "progress"; message: string; fraction: number | null }
  | { type: "loaded"; years: string[]; defaultAsAt: string | null }
  | {
      type: "scored"; asAt: string; periodStart: string; indicators: ScoredIndicator[]; dataQuality: DataQuality; reportHtml: string;
      warnings: string[]; council: string | null; config: string;
    }
  | { type: "drilled"; indicator: string; members: Members }
  | { type: "file"; name: string; mime: string; data: string | Uint8Array }
  | { type: "validated"; dataQuality: DataQuality; reconciliation: YearReconciliation[]; rules: RulesReport | null }
  | { type: "failed"; message: string };
