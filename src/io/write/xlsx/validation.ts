import { collectionYearEnd, parseCollectionYear } from "../../../dates/collectionYear.js";
import { isoFromDay } from "../../../dates/day.js";
import { addDataQuality, addTable, stampedWorkbook } from "../xlsx.js";
import type { ValidationReport } from "../validation.js";
import { writeXlsx } from "./workbook.js";
import { setZipEntryDates } from "./zipDates.js";
import { setNumber, setText } from "./cells.js";

/**
 * `validate --format xlsx`: the workbook a performance team works through before submitting,
 * laid out like the DfE tool's: Error summary (code, count, message, fields), Child summary
 * (one row per child and rule, with the first failing row's values), Skipped rules, and Data
 * quality (the reading checks). Document dates are the collection year's 31 March.
 */
export function renderValidationXlsx(validation: ValidationReport): Uint8Array {
  const rules = validation.rules ?? null;
  const endYear = rules === null ? null : parseCollectionYear(rules.collectionYear);
  const stamp = endYear === null ? "1980-01-01" : isoFromDay(collectionYearEnd(endYear));
  const workbook = stampedWorkbook(stamp);
  if (rules !== null) {
    const summary = addTable(workbook, "Error summary", [
      { header: "Code", width: 10 }, { header: "Count", width: 8 }, { header: "Message", width: 70, wrap: true },
      { header: "Fields", width: 24, wrap: true }, { header: "Indicators", width: 36, wrap: true },
    ]);
    rules.results.forEach((result, index) => {
      const row = summary.getRow(index + 2);
      setText(row.getCell(1), result.code);
      setNumber(row.getCell(2), result.failures.length, "0");
      setText(row.getCell(3), result.message);
      setText(row.getCell(4), result.fields.join(", "));
      setText(row.getCell(5), result.indicators.join(", "));
    });

    const children = addTable(workbook, "Child summary", [
      { header: "Child", width: 14 }, { header: "Code", width: 10 }, { header: "Rows", width: 8 }, { header: "File", width: 26 },
      { header: "Lines", width: 16, wrap: true }, { header: "Values", width: 50, wrap: true }, { header: "Message", width: 60, wrap: true },
    ]);
    let at = 2;
    for (const result of rules.results) {
      const byChild = new Map<string, typeof result.failures>();
      for (const failure of result.failures) {
        const key = failure.child ?? "";
        byChild.set(key, [...(byChild.get(key) ?? []), failure]);
      }
      for (const [child, failures] of [...byChild].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
        const first = failures[0]!;
        const row = children.getRow(at);
        at += 1;
        setText(row.getCell(1), child);
        setText(row.getCell(2), result.code);
        setNumber(row.getCell(3), failures.length, "0");
        setText(row.getCell(4), first.file);
        setText(row.getCell(5), failures.map((f) => f.line).join(", "));
        setText(row.getCell(6), result.fields.map((field, k) => `${field}=${first.values[k] ?? ""}`).join("; "));
        setText(row.getCell(7), result.message);
      }
    }

    const skipped = addTable(workbook, "Skipped rules", [{ header: "Code", width: 10 }, { header: "Reason", width: 60, wrap: true }]);
    rules.skipped.forEach((s, index) => {
      const row = skipped.getRow(index + 2);
      setText(row.getCell(1), s.code);
      setText(row.getCell(2), s.reason);
    });
  }
  addDataQuality(workbook, validation.dataQuality);
  return setZipEntryDates(writeXlsx(workbook), stamp);
}
