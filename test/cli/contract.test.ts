import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { type CliIo, runCli } from "../../src/cli/run.js";
import { loadFolder903, readFolder903, readReferenceData } from "../../src/node.js";
import { CATALOGUE_IDS } from "../fixtures/catalogue.js";

// interface.md §2–§7 as an outside test-writer checks them: the real registry, loader and
// example folder, in-process (no build needed).
const EXAMPLE = "examples/peterborough-2019-01";
const REGISTRY_ORDER = CATALOGUE_IDS;
const INDICATOR_KEYS = [
  "id", "title", "unit", "polarity", "value", "numerator", "denominator", "target", "varianceTarget", "varianceTargetUnit",
  "rag", "trend", "previous", "benchmarks", "suppressed", "note",
];

const dir = mkdtempSync(join(tmpdir(), "cic-contract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    stdout: (t) => void stdout.push(t), stderr: (t) => void stderr.push(t),
    readFile: (path) => readFile(path, "utf8"), writeFile: async () => undefined, loadFolder: loadFolder903, readFolder: readFolder903, readReferenceData, isTTY: false,
  };
  return { code: await runCli(argv, io), stdout: stdout.join(""), stderr: stderr.join("") };
}

interface Indicator { id: string; value: unknown; numerator: unknown; denominator: unknown; note: unknown; suppressed: boolean; [key: string]: unknown }
const report = ["report", "--data", EXAMPLE, "--as-at", "2019-01-31", "--format", "json"];
let plain: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  plain = await cli(report);
});

describe("report --format json on the example", () => {
  it("writes the top-level keys, then each indicator's sixteen keys, in the contract's order", () => {
    const json = JSON.parse(plain.stdout) as { indicators: Indicator[] };
    expect(Object.keys(json)).toEqual(["asAt", "periodStart", "indicators", "dataQuality"]);
    for (const indicator of json.indicators) expect(Object.keys(indicator).slice(0, 16)).toEqual(INDICATOR_KEYS);
    expect(plain.stderr).toBe("");
  });

  it("lists every registry id once, in registry order", () => {
    expect((JSON.parse(plain.stdout) as { indicators: Indicator[] }).indicators.map((i) => i.id)).toEqual(REGISTRY_ORDER);
  });

  it("keeps a rate's numerator and notes the missing population", () => {
    const rate = (JSON.parse(plain.stdout) as { indicators: Indicator[] }).indicators.find((i) => i.id === "cla-rate")!;
    expect([rate.value, rate.numerator, rate.denominator, rate.note]).toEqual([null, 380, null, "needs --population"]);
  });

  it("lets --population win over the config's population", async () => {
    const config = join(dir, "population.json");
    writeFileSync(config, JSON.stringify({ population: 50000 }));
    const fromConfig = JSON.parse((await cli([...report, "--config", config])).stdout) as { indicators: Indicator[] };
    const fromFlag = JSON.parse((await cli([...report, "--config", config, "--population", "40000"])).stdout) as { indicators: Indicator[] };
    expect(fromConfig.indicators[1]!.denominator).toBe(50000);
    expect(fromFlag.indicators[1]!.denominator).toBe(40000);
    expect(fromFlag.indicators[1]!.value).toBe(95); // 380 / 40,000 × 10,000
  });

  it("suppresses below the configured minimum denominator, naming it in the note", async () => {
    const config = join(dir, "suppression.json");
    writeFileSync(config, JSON.stringify({ suppression: { minDenominator: 100 } }));
    const json = JSON.parse((await cli([...report, "--config", config])).stdout) as { indicators: Indicator[] };
    const a1 = json.indicators.find((i) => i.id === "adoption-a1-days")!;
    expect([a1.suppressed, a1.value, a1.rag, a1.trend, a1.note]).toEqual([true, null, null, null, "denominator below 100: value suppressed"]);
  });

  it("prints the same bytes on a second run", async () => {
    expect((await cli(report)).stdout).toBe(plain.stdout);
  });
});

describe("validate and csv on the example", () => {
  it("prints dataQuality and the year-end reconciliation for validate --format json (§4a)", async () => {
    const result = await cli(["validate", "--data", EXAMPLE, "--format", "json"]);
    // The example is generated, and the DfE's rules find what its generator never made coherent:
    // care leavers with ACCOM S1 (133: S, no fixed abode, is always S2), a provider on temporary
    // placements (178, 213), placement postcodes on short breaks (214), SDQ scores for children
    // under 4 or over 17 (188, 189), adopters whose sexes do not match their legal status (518,
    // 520, 524) and convictions recorded for children under 10 (542). No figure reads these;
    // reading is clean, but validate exits 1.
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(["dataQuality", "reconciliation", "rules"]);
    // Years before 2022-23 are checked with the 2022-23 rules; rules not implemented yet are listed as skipped.
    expect(json.rules).toMatchObject({ collectionYear: "2018-19", ruleset: "2022-23" });
    expect(json.rules.results.map((r: { code: string }) => r.code)).toEqual(["133", "157", "165", "178", "188", "189", "191", "205B", "213", "214", "222", "225", "226", "359", "365", "367", "392b", "393", "398", "442", "518", "520", "524", "525", "542", "546", "553", "607", "1001", "1002", "1012"]);
    expect(json.dataQuality.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    expect(json.rules.skipped.length).toBeGreaterThan(0);
    expect(json.dataQuality).toEqual(JSON.parse(plain.stdout).dataQuality);
    // Three years × four year-end figures; the example's years agree with the folder.
    expect(json.reconciliation).toHaveLength(12);
    expect(json.reconciliation[8]).toEqual({ year: "2018-19", asAt: "2019-03-31", id: "cla-count", ownReturn: 380, allYears: 380, children: [] });
  });

  it("writes the csv columns of §6, then benchmark pairs in first-seen order", async () => {
    const config = join(dir, "benchmarks.json");
    writeFileSync(config, JSON.stringify({
      indicators: {
        "cla-count": { benchmarks: [{ name: "England", year: "2017-18", value: 1 }] },
        "cla-rate": { benchmarks: [{ name: "Region", year: "2017-18", value: "c" }, { name: "England", year: "2017-18", value: 64 }] },
      },
    }));
    const result = await cli(["report", "--data", EXAMPLE, "--as-at", "2019-01-31", "--format", "csv", "--config", config]);
    expect(result.stdout.split("\r\n")[0]).toBe(
      "id,title,unit,polarity,value,numerator,denominator,target,variance_target,rag,trend,previous,suppressed,note," +
        "benchmark_England,variance_England,benchmark_Region,variance_Region",
    );
  });
});
