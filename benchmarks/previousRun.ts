/**
 * The figures docs/benchmarks.md held before this run, beside this run's: the bench rewrites the
 * page, so the comparison is made from the page it replaces (its "## Results" table), by row
 * label and column name. A column or row the old page lacks is shown as "—".
 */

/** A markdown table's rows by their first cell, each row's cells by column name. */
export function resultsTable(markdown: string, heading = "## Results"): Map<string, Map<string, string>> {
  const rows = new Map<string, Map<string, string>>();
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return rows;
  const lines = markdown.slice(start + heading.length + 2).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  if (first < 0) return rows;
  const cells = (line: string) => line.split("|").slice(1, -1).map((c) => c.trim());
  const columns = cells(lines[first]!);
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    const values = cells(line);
    rows.set(values[0]!, new Map(columns.map((c, i) => [c, values[i] ?? ""])));
  }
  return rows;
}

/**
 * The columns compared, as the Results table names them. The first, reading and splitting the
 * CSVs, is the floor: code most changes leave alone, so its ratio shows how much faster or
 * slower the machine itself ran this time.
 */
export const COMPARED_COLUMNS = ["read and split s", "load+validate s", "series (12 months) s", "load + scorecard + series s", "report (CLI) s", "report peak RSS MB", "scorecard warm ms", "peak RSS MB"] as const;

/**
 * One row per size present in both tables: each compared column as "before → now (ratio)".
 *
 * @example
 * ```ts
 * comparisonTable(resultsTable(oldPage), resultsTable(newPage)); // ["| children | load+validate s | …", …]
 * ```
 */
export function comparisonTable(before: Map<string, Map<string, string>>, now: Map<string, Map<string, string>>): string[] {
  const out = [`| children | ${COMPARED_COLUMNS.join(" | ")} |`, `|---|${COMPARED_COLUMNS.map(() => "---:").join("|")}|`];
  for (const [label, row] of now) {
    const old = before.get(label);
    if (old === undefined) continue;
    const cells = COMPARED_COLUMNS.map((column) => {
      const a = number(old.get(column));
      const b = number(row.get(column));
      if (a === null || b === null) return `${old.get(column) ?? "—"} → ${row.get(column) ?? "—"}`;
      return `${old.get(column)} → ${row.get(column)} (${(b / a).toFixed(2)}×)`;
    });
    out.push(`| ${label} | ${cells.join(" | ")} |`);
  }
  return out.length > 2 ? out : [];
}

function number(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const value = Number(cell.replace(/,/g, ""));
  return Number.isFinite(value) && value > 0 ? value : null;
}
