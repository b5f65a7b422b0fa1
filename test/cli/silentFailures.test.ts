import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliInProcess } from "../fixtures/cliRun.js";
import { parseArgs } from "../../src/cli/args.js";

/** Issue 12's silent failures at the command line (interface.md §2, §3, §6). */
const EXAMPLE = "examples/peterborough-2019-01";
const REPORT = ["report", "--data", EXAMPLE, "--as-at", "2019-01-31"];
const dir = mkdtempSync(join(tmpdir(), "cic-silent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCliInProcess;

describe("--out decides the format when --format is absent", () => {
  it("infers each format from the extension", () => {
    for (const [file, format] of [["s.xlsx", "xlsx"], ["s.json", "json"], ["s.CSV", "csv"], ["s.html", "html"], ["s.txt", "table"]] as const) {
      expect(parseArgs([...REPORT, "--out", file])).toMatchObject({ format });
    }
    expect(parseArgs(["validate", "--data", EXAMPLE, "--out", "issues.csv"])).toMatchObject({ format: "csv" });
  });
  it("makes a contradiction a usage error", async () => {
    const result = await run([...REPORT, "--out", "s.xlsx", "--format", "csv"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cic-scorecard: --format csv contradicts --out s\.xlsx/);
    expect(result.stderr.split("\n")).toHaveLength(2);
  });
  it("writes a real workbook for --out s.xlsx, and says so in one closing line", async () => {
    const result = await run([...REPORT, "--out", "s.xlsx"]);
    expect(result.code).toBe(0);
    const bytes = result.written.get("s.xlsx") as Uint8Array;
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip, not a text table
    expect(result.stderr).toBe("wrote s.xlsx (29 indicators); the data had no errors\n");
    const validated = await run(["validate", "--data", EXAMPLE, "--out", "v.json"]);
    expect(validated.stderr).toMatch(/^wrote v\.json \(\d+ files checked\); the data had no errors\n$/);
  });
});

describe("--drill-down in table and csv (interface.md §6)", () => {
  it("lists the children's ids under the row in the table", async () => {
    const { stdout } = await run([...REPORT, "--drill-down", "placements-3plus"]);
    const lines = stdout.split("\n");
    const row = lines.findIndex((l) => l.startsWith("placements-3plus "));
    expect(lines.slice(row + 1, row + 4).join(" ")).toMatch(/numerator \(22\): PB\d+ PB\d+/);
  });
  it("adds numerator_children and denominator_children to the csv", async () => {
    const csv = (await run([...REPORT, "--format", "csv", "--drill-down", "placements-3plus"])).stdout.split("\r\n");
    const header = csv[0]!.split(",");
    expect(header.slice(-2)).toEqual(["numerator_children", "denominator_children"]);
    const row = csv.find((l) => l.startsWith("placements-3plus,"))!.split(",");
    expect(row.at(-2)!.split(" ")).toHaveLength(22);
    expect(row.at(-1)!.split(" ")).toHaveLength(380);
    expect(csv.find((l) => l.startsWith("cla-count,"))!.endsWith(",,")).toBe(true);
  });
});

describe("inputs that used to fail silently or crash", () => {
  it("warns on stderr and in the data quality when --as-at is outside the data's years", async () => {
    const result = await run(["report", "--data", EXAMPLE, "--as-at", "2025-01-31", "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^cic-scorecard: warning: the as-at date 2025-01-31 is after the data's last collection year \(to 2019-03-31\)/);
    const issue = JSON.parse(result.stdout).dataQuality.issues[0];
    expect(issue).toMatchObject({ code: "as-at-outside-data", severity: "warning", file: null });
    expect((await run(REPORT)).stderr).toBe("");
  });
  it("rejects a config nested 100,000 deep with one line and exit 2", async () => {
    const deep = join(dir, "deep.json");
    writeFileSync(deep, `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    const result = await run([...REPORT, "--config", deep]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("cic-scorecard: config: nested 100000 levels deep, more than the 64 a config can use\n");
  });
});
