import type { RuleData } from "../defineRule.js";
import type { TableKey } from "../ruleTable.js";

/** INT31–INT36: a table with one row per child lists each child once; every row of a repeated CHILD fails. */
export function childMoreThanOnce(key: TableKey) {
  return (data: RuleData) => ({ [key]: [...data.table(key).byChild().values()].filter((rows) => rows.length > 1).flat() });
}
