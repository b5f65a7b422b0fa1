import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPARED_COLUMNS, comparisonTable, resultsTable } from "../../benchmarks/previousRun.js";

const PAGE = ["# Benchmarks", "", "## Results", "", "| children | rows | load+validate s | peak RSS MB |", "|---|---:|---:|---:|", "| 500 | 14,201 | 0.11 | 135 |", "| 80,000 | 2,221,161 | 5.14 | 746 |", "", "## Targets"].join("\n");

describe("the bench's comparison with the page it replaces", () => {
  it("reads the Results table by row label and column name", () => {
    const rows = resultsTable(PAGE);
    expect([...rows.keys()]).toEqual(["500", "80,000"]);
    expect(rows.get("80,000")!.get("load+validate s")).toBe("5.14");
    expect(rows.get("500")!.get("rows")).toBe("14,201");
  });

  it("gives before → now with the ratio for the sizes in both, and — for a column the old page lacks", () => {
    const now = resultsTable(PAGE.replace("| 80,000 | 2,221,161 | 5.14 | 746 |", "| 80,000 | 2,221,161 | 2.57 | 373 |").replace("| 500 |", "| 600 |"));
    const table = comparisonTable(resultsTable(PAGE), now);
    expect(table).toHaveLength(3); // header, rule, 80,000 only
    const cells = table[2]!.split("|").slice(1, -1).map((c) => c.trim());
    expect(cells[0]).toBe("80,000");
    expect(cells[1 + COMPARED_COLUMNS.indexOf("load+validate s")]).toBe("5.14 → 2.57 (0.50×)");
    expect(cells[1 + COMPARED_COLUMNS.indexOf("peak RSS MB")]).toBe("746 → 373 (0.50×)");
    expect(cells[1 + COMPARED_COLUMNS.indexOf("scorecard warm ms")]).toBe("— → —");
  });

  it("reads the committed page", () => {
    const rows = resultsTable(readFileSync(new URL("../../docs/benchmarks.md", import.meta.url), "utf8"));
    expect(rows.get("80,000")?.get("load + scorecard + series s")).toMatch(/^\d+\.\d+$/);
  });
});
