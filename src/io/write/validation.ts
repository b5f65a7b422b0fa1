import type { DataQuality } from "../../model/issue.js";
import type { YearReconciliation } from "../../scorecard/reconcile.js";
import type { RulesReport } from "../../validation/validateReturn.js";

/**
 * What `validate` reports (interface.md §4a): the reading checks and the year-end
 * reconciliation of each year's own return with the whole folder. Every format renders this.
 */
export interface ValidationReport {
  dataQuality: DataQuality;
  reconciliation: readonly YearReconciliation[];
  /** The DfE validation rules (absent or null with `--rules none`). */
  rules?: RulesReport | null;
}

/** The reconciliation rows whose two figures or children differ. */
export function differingYears(reconciliation: readonly YearReconciliation[]): YearReconciliation[] {
  return reconciliation.filter((r) => r.ownReturn !== r.allYears || r.children.length > 0);
}
