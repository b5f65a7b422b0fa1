import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCliInProcess } from "../fixtures/cliRun.js";

/**
 * indicators.md §1.10: a suppressed figure shows no value and, by default (hideCounts), no
 * numerator or denominator in any format; an empty cohort is "no children", never suppressed.
 * The example's adoptions in January 2019 are fewer than 5; no child entered care in it long
 * enough ago to be due an IHA.
 */
const MONTH = ["report", "--data", "examples/peterborough-2019-01", "--as-at", "2019-01-31", "--period", "month", "--config", "examples/peterborough-2019-01/config.json"];

const run = runCliInProcess;

describe("suppressed figures hide their counts in every format", () => {
  it("json: value, numerator and denominator null; the empty IHA cohort is not suppressed", async () => {
    const json = JSON.parse((await run([...MONTH, "--format", "json"])).stdout);
    const byId = (id: string) => json.indicators.find((i: { id: string }) => i.id === id);
    for (const id of ["adoption-a1-days", "adoption-a1-within-threshold", "adoption-a2-within-threshold", "adopted-percent"]) {
      expect(byId(id)).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: true, rag: null, trend: null });
    }
    expect(byId("iha-on-time")).toMatchObject({ value: null, numerator: 0, denominator: 0, suppressed: false, note: "no children in the cohort" });
    expect(byId("iha-on-time").narrative).toMatch(/no children in the cohort/);
  });

  it("csv and table: blank counts, and the words suppressed / no children", async () => {
    const csv = (await run([...MONTH, "--format", "csv"])).stdout.split("\r\n");
    const a1 = csv.find((line) => line.startsWith("adoption-a1-within-threshold,"))!.split(",");
    const header = csv[0]!.split(",");
    expect([a1[header.indexOf("numerator")], a1[header.indexOf("denominator")], a1[header.indexOf("suppressed")]]).toEqual(["", "", "true"]);
    const table = (await run([...MONTH])).stdout.split("\n");
    expect(table.find((l) => l.startsWith("adoption-a1-within-threshold "))!.split(/\s{2,}/).slice(2, 4)).toEqual(["suppressed", "-"]);
    expect(table.find((l) => l.startsWith("iha-on-time "))!.split(/\s{2,}/).slice(2, 4)).toEqual(["no children", "0/0"]);
  });

  it("html and xlsx: no counts in the suppressed rows", async () => {
    const html = (await run([...MONTH, "--format", "html"])).stdout;
    const a1Row = html.slice(html.indexOf('data-id="adoption-a1-within-threshold"'), html.indexOf("</tr>", html.indexOf('data-id="adoption-a1-within-threshold"')));
    // The value cell holds the word alone: no counts under it.
    expect(a1Row).toContain('<td class="number" data-label="Value">Suppressed</td>');
    const ihaRow = html.slice(html.indexOf('data-id="iha-on-time"'), html.indexOf("</tr>", html.indexOf('data-id="iha-on-time"')));
    expect(ihaRow).toContain('<td class="number" data-label="Value">No children');
    const { written } = await run([...MONTH, "--format", "xlsx", "--out", "month.xlsx"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(written.get("month.xlsx") as Uint8Array) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Scorecard")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(header.indexOf("Suppressed")).value !== true) return;
      expect([row.getCell(header.indexOf("Numerator")).value, row.getCell(header.indexOf("Denominator")).value]).toEqual([null, null]);
    });
  });

  it("gives the counts with suppression.hideCounts: false", async () => {
    const { code, stdout } = await run([...MONTH.slice(0, -2), "--config", "test/fixtures/hide-counts-false.json", "--format", "json"]);
    expect(code).toBe(0);
    const a1 = JSON.parse(stdout).indicators.find((i: { id: string }) => i.id === "adoption-a1-within-threshold");
    expect(a1).toMatchObject({ suppressed: true, value: null });
    expect(a1.denominator).toBeGreaterThan(0);
    expect(a1.denominator).toBeLessThan(5);
  });
});
