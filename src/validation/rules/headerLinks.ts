import { type RuleData, rowsWhere } from "../defineRule.js";
import { type RuleTable, type TableKey, tableView } from "../ruleTable.js";

/*
 * INT01–INT21: every table's children are the header's, with the header's DOB and SEX. A blank
 * CHILD matches a blank CHILD in the header, as the DfE's tool joins the tables.
 */

/** The header's rows by CHILD, a blank CHILD under null (built once per header). */
function headerRowsByChild(header: RuleTable): ReadonlyMap<string | null, readonly number[]> {
  return header.view(ROWS_BY_CHILD_OR_BLANK);
}

const ROWS_BY_CHILD_OR_BLANK = /* @__PURE__ */ tableView((header): ReadonlyMap<string | null, readonly number[]> => {
  const rows = new Map<string | null, number[]>();
  header.column("CHILD").forEach((child, row) => {
    const list = rows.get(child);
    if (list === undefined) rows.set(child, [row]);
    else list.push(row);
  });
  return rows;
});

/** Rows of `key` whose child has no header row. */
export function notInHeader(key: TableKey) {
  return (data: RuleData) => {
    const table = data.table(key);
    const header = headerRowsByChild(data.table("header"));
    const child = table.column("CHILD");
    return { [key]: rowsWhere(table, (row) => !header.has(child[row] ?? null)) };
  };
}

/**
 * Rows of `key` whose `column` differs from the header's for the same child, both given (for
 * dates, both DD/MM/YYYY dates, compared as days).
 */
export function differsFromHeader(key: TableKey, column: "DOB" | "SEX") {
  return (data: RuleData) => {
    const table = data.table(key);
    const headerTable = data.table("header");
    const header = headerRowsByChild(headerTable);
    const read = (t: RuleTable) => (column === "DOB" ? t.dates(column) : t.column(column));
    const [mine, theirs] = [read(table), read(headerTable)];
    const child = table.column("CHILD");
    return {
      [key]: rowsWhere(table, (row) => {
        const value = mine[row] ?? null;
        return value !== null && (header.get(child[row] ?? null) ?? []).some((h) => theirs[h] !== null && theirs[h] !== value);
      }),
    };
  };
}
