import { describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../../src/cli/run.js";
import { CicScorecardError } from "../../src/errors.js";
import type { DataQuality } from "../../src/model/issue.js";
import { FAKES, child, cohort } from "../scorecard/fakes.js";

const clean: DataQuality = { files: [{ file: "2018-19/reviews.csv", rowsRead: 3, rowsUsed: 3, rowsRejected: 0 }], issues: [] };
const withError: DataQuality = {
  files: [{ file: "2018-19/reviews.csv", rowsRead: 4, rowsUsed: 3, rowsRejected: 1 }],
  issues: [{ code: "invalid-date", severity: "error", file: "2018-19/reviews.csv", line: 3, column: "REVIEW", message: "REVIEW 31/02/2019 is not a date", indicators: [], count: 1, child: "C7" }],
};
const onlyWarning: DataQuality = {
  files: clean.files,
  issues: [{ code: "blank-line", severity: "warning", file: "2018-19/reviews.csv", line: 4, column: null, message: "blank line", indicators: [], count: 1, child: null }],
};

interface Fake {
  io: CliIo;
  stdout: string[];
  stderr: string[];
  written: Map<string, string | Uint8Array>;
  loadedWith: { dir: string; asAt?: number }[];
}

function fakeIo(options: { dataQuality?: DataQuality; files?: Record<string, string>; loadError?: Error; unwritable?: boolean; folder?: Record<string, string> } = {}): Fake {
  const fake: Fake = { stdout: [], stderr: [], written: new Map(), loadedWith: [], io: undefined as never };
  fake.io = {
    stdout: (text) => void fake.stdout.push(text),
    stderr: (text) => void fake.stderr.push(text),
    readFile: async (path) => {
      const text = options.files?.[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
      return text;
    },
    writeFile: async (path, data) => {
      if (options.unwritable) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: "EACCES" });
      fake.written.set(path, data);
    },
    loadFolder: async (dir, loadOptions) => {
      fake.loadedWith.push({ dir, ...(loadOptions.asAt === undefined ? {} : { asAt: loadOptions.asAt }) });
      if (options.loadError) throw options.loadError;
      const loaded = { cohort: cohort([child("c1", ["2018-06-01"]), child("c2"), child("c3", ["2018-06-01"]), child("c4"), child("c5", ["2019-01-10"])]), dataQuality: options.dataQuality ?? clean };
      return loadOptions.reconcile ? { ...loaded, reconciliation: [] } : loaded;
    },
    readFolder: async () => options.folder ?? { "2022-23/header.csv": "CHILD,SEX,DOB,ETHNIC\n" },
    readReferenceData: async () => ({}),
    isTTY: false,
  };
  return fake;
}

const report = ["report", "--data", "data", "--as-at", "2019-01-31"];
const run = (argv: string[], fake: Fake) => runCli(argv, fake.io, FAKES);

/** A usage error: exit 2, exactly one line on stderr, nothing on stdout. */
async function expectUsage(argv: string[], fake = fakeIo()): Promise<string> {
  expect(await run(argv, fake)).toBe(2);
  expect(fake.stdout).toEqual([]);
  const text = fake.stderr.join("");
  expect(text.endsWith("\n")).toBe(true);
  expect(text.split("\n")).toHaveLength(2);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/); // no stack frame
  return text;
}

describe("runCli report", () => {
  it("prints the table and exits 0 on clean data", async () => {
    const fake = fakeIo();
    expect(await run(report, fake)).toBe(0);
    expect(fake.stdout.join("")).toContain("fake-percent");
    expect(fake.stderr).toEqual([]);
  });
  it("passes the as-at date to the loader", async () => {
    const fake = fakeIo();
    await run(report, fake);
    expect(fake.loadedWith).toEqual([{ dir: "data", asAt: Date.UTC(2019, 0, 31) / 86_400_000 }]);
  });
  it("exits 1 when the data had errors, still writing the output", async () => {
    const fake = fakeIo({ dataQuality: withError });
    expect(await run([...report, "--format", "json"], fake)).toBe(1);
    expect(JSON.parse(fake.stdout.join("")).dataQuality.issues[0].code).toBe("invalid-date");
  });
  it("exits 0 when the data had only warnings", async () => {
    expect(await run(report, fakeIo({ dataQuality: onlyWarning }))).toBe(0);
  });
  it("writes JSON with the period, population and config applied", async () => {
    const fake = fakeIo({ files: { "config.json": JSON.stringify({ indicators: { "fake-percent": { target: 50 } } }) } });
    const code = await run([...report, "--format=json", "--period", "fytd", "--population", "10000", "--config", "config.json"], fake);
    expect(code).toBe(0);
    const json = JSON.parse(fake.stdout.join(""));
    expect(json.periodStart).toBe("2018-04-01");
    const percent = json.indicators.find((i: { id: string }) => i.id === "fake-percent");
    expect([percent.value, percent.numerator, percent.denominator, percent.target, percent.rag]).toEqual([60, 3, 5, 50, "green"]);
    expect(json.indicators.find((i: { id: string }) => i.id === "fake-rate").value).toBe(3);
    expect(percent.series).toHaveLength(12);
  });
  it("adds members for --drill-down ids only", async () => {
    const fake = fakeIo();
    await run([...report, "--format", "json", "--drill-down", "fake-percent"], fake);
    const json = JSON.parse(fake.stdout.join(""));
    expect(json.indicators.find((i: { id: string }) => i.id === "fake-percent").members.numerator).toEqual(["c1", "c3", "c5"]);
    expect(json.indicators.find((i: { id: string }) => i.id === "fake-count").members).toBeUndefined();
  });
  it("writes to --out and nothing to stdout", async () => {
    const fake = fakeIo();
    expect(await run([...report, "--format", "csv", "--out", "out.csv"], fake)).toBe(0);
    expect(fake.stdout).toEqual([]);
    expect(String(fake.written.get("out.csv")).startsWith("id,title,unit,")).toBe(true);
  });
  it("names the config's council in the html title and leaves it out of the JSON", async () => {
    const files = { "c.json": JSON.stringify({ council: "Fenborough & District" }) };
    const [html, json] = [fakeIo({ files }), fakeIo({ files })];
    await run([...report, "--config", "c.json", "--format", "html"], html);
    await run([...report, "--config", "c.json", "--format", "json"], json);
    expect(html.stdout.join("")).toMatch(/<title>[^<]*Fenborough &amp; District/);
    expect(json.stdout.join("")).not.toContain("Fenborough");
  });
  it("prints the same bytes twice", async () => {
    const [a, b] = [fakeIo(), fakeIo()];
    await run([...report, "--format", "json"], a);
    await run([...report, "--format", "json"], b);
    expect(a.stdout.join("")).toBe(b.stdout.join(""));
  });
});

describe("runCli usage errors", () => {
  it("rejects a missing command, an unknown command and an unknown option", async () => {
    expect(await expectUsage([])).toMatch(/missing command/);
    expect(await expectUsage(["reprot"])).toMatch(/unknown command "reprot"/);
    expect(await expectUsage([...report, "--colour", "red"])).toBe("cic-scorecard: unknown option --colour for report\n");
  });
  it("rejects a missing --data or --as-at", async () => {
    expect(await expectUsage(["report", "--as-at", "2019-01-31"])).toBe("cic-scorecard: missing --data DIR\n");
    expect(await expectUsage(["report", "--data", "data"])).toBe("cic-scorecard: missing --as-at YYYY-MM-DD\n");
  });
  it("rejects an --as-at that is not a real date", async () => {
    expect(await expectUsage(["report", "--data", "data", "--as-at", "2019-02-29"])).toMatch(/--as-at "2019-02-29" is not a real date/);
    await expectUsage(["report", "--data", "data", "--as-at", "31/01/2019"]);
  });
  it("rejects a bad --period, --format or --population", async () => {
    await expectUsage([...report, "--period", "week"]);
    await expectUsage([...report, "--format", "pdf"]);
    await expectUsage([...report, "--population", "0"]);
    await expectUsage([...report, "--population", "12.5"]);
    await expectUsage([...report, "--population", "-3"]);
  });
  it("rejects an option without a value and a repeated option", async () => {
    expect(await expectUsage([...report, "--out"])).toBe("cic-scorecard: --out needs a value\n");
    expect(await expectUsage([...report, "--as-at", "2019-01-31"])).toBe("cic-scorecard: --as-at given more than once\n");
  });
  it("rejects xlsx without --out", async () => {
    expect(await expectUsage([...report, "--format", "xlsx"])).toBe("cic-scorecard: --format xlsx needs --out FILE\n");
  });
  it("rejects an unknown --drill-down id before reading the data", async () => {
    const fake = fakeIo();
    expect(await expectUsage([...report, "--drill-down", "nope"], fake)).toBe('cic-scorecard: --drill-down: unknown indicator "nope"\n');
    expect(fake.loadedWith).toEqual([]);
  });
  it("rejects an unknown --drill-down id even beside all", async () => {
    const fake = fakeIo();
    expect(await expectUsage([...report, "--drill-down", "all", "--drill-down", "nope"], fake)).toBe('cic-scorecard: --drill-down: unknown indicator "nope"\n');
    expect(fake.loadedWith).toEqual([]);
  });
  it("names the unknown option value of an invalid config", async () => {
    const fake = fakeIo({ files: { "c.json": JSON.stringify({ options: { placementCounting: "spell" } }) } });
    expect(await expectUsage([...report, "--config", "c.json"], fake)).toMatch(/^cic-scorecard: config: options\.placementCounting "spell" must be one of/);
  });
  it("names the problem in an invalid config", async () => {
    const fake = fakeIo({ files: { "c.json": JSON.stringify({ options: { placementCountin: "carer" } }) } });
    expect(await expectUsage([...report, "--config", "c.json"], fake)).toBe('cic-scorecard: config: unknown option "placementCountin"\n');
  });
  it("reports a config file that cannot be read or is not JSON", async () => {
    expect(await expectUsage([...report, "--config", "absent.json"])).toBe("cic-scorecard: cannot read --config absent.json: ENOENT\n");
    expect(await expectUsage([...report, "--config", "bad.json"], fakeIo({ files: { "bad.json": "{\n  oops\n}" } }))).toMatch(/^cic-scorecard: config: not valid JSON/);
  });
  it("turns the loader's usage error into exit 2", async () => {
    const fake = fakeIo({ loadError: new CicScorecardError("usage", "data folder data does not exist", "data") });
    expect(await expectUsage(report, fake)).toBe("cic-scorecard: data folder data does not exist\n");
  });
  it("reports an --out that cannot be written", async () => {
    expect(await expectUsage([...report, "--out", "/nope/out.txt"], fakeIo({ unwritable: true }))).toBe("cic-scorecard: cannot write --out /nope/out.txt: EACCES\n");
  });
  it("rejects report-only options and html for validate", async () => {
    await expectUsage(["validate", "--data", "data", "--as-at", "2019-01-31"]);
    await expectUsage(["validate", "--data", "data", "--format", "html"]);
  });
});

describe("runCli validate", () => {
  it("prints dataQuality and reconciliation as JSON with the data's exit code", async () => {
    const fake = fakeIo({ dataQuality: withError });
    expect(await run(["validate", "--data", "data", "--format", "json"], fake)).toBe(1);
    expect(Object.keys(JSON.parse(fake.stdout.join("")))).toEqual(["dataQuality", "reconciliation", "rules"]);
  });
  it("leaves the DfE rules out with --rules none", async () => {
    const fake = fakeIo();
    expect(await run(["validate", "--data", "data", "--format", "json", "--rules", "none"], fake)).toBe(0);
    expect(Object.keys(JSON.parse(fake.stdout.join("")))).toEqual(["dataQuality", "reconciliation"]);
  });
  it("exits 1 when a DfE rule fails, though the reading checks pass", async () => {
    const fake = fakeIo({ folder: { "2022-23/header.csv": "CHILD,SEX,DOB,ETHNIC\n7,9,01/01/2010,WBRI\n" } });
    expect(await run(["validate", "--data", "data", "--format", "json"], fake)).toBe(1);
    const rules = JSON.parse(fake.stdout.join("")).rules;
    // 101: SEX 9; EPI: a header child with no episodes.
    expect(rules.results.map((r: { code: string }) => r.code)).toEqual(["101", "EPI"]);
    expect(rules.results[0].failures).toEqual([{ file: "2022-23/header.csv", line: 2, child: "7" }]);
  });
  it("rejects a --year the folder does not hold, a bad --rules and xlsx without --out", async () => {
    await expectUsage(["validate", "--data", "data", "--year", "2019-20"]);
    await expectUsage(["validate", "--data", "data", "--rules", "all"]);
    await expectUsage(["validate", "--data", "data", "--format", "xlsx"]);
  });
  it("exits 0 on clean data", async () => {
    expect(await run(["validate", "--data", "data"], fakeIo())).toBe(0);
  });
});

describe("runCli help, version and crashes", () => {
  it("prints help and the version on stdout with exit 0", async () => {
    const help = fakeIo();
    expect(await run(["--help"], help)).toBe(0);
    expect(help.stdout.join("")).toContain("cic-scorecard report --data DIR --as-at YYYY-MM-DD");
    const version = fakeIo();
    expect(await run(["--version"], version)).toBe(0);
    expect(version.stdout.join("")).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
  it("reports an unexpected crash as one internal-error line and exit 2 (interface.md §3 allows only 0, 1, 2)", async () => {
    const fake = fakeIo({ loadError: new TypeError("boom\nsecond line") });
    expect(await run(report, fake)).toBe(2);
    expect(fake.stdout).toEqual([]);
    expect(fake.stderr.join("")).toBe("cic-scorecard: internal error: boom second line\n");
  });
});
