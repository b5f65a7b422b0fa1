import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../../../src/cli/run.js";
import { parseReturn903 } from "../../../src/io/ssda903/parseReturn903.js";
import { READ_LIMITS } from "../../../src/io/ssda903/readTable.js";
import { linesThisProcessHolds, loadFolder903, readFolder903, readReferenceData } from "../../../src/node.js";
import { loadRuleTables } from "../../../src/validation/validateReturn.js";

/** Issue 12: folders and files that used to vanish silently, hang or crash (data.md §1, §7). */
const root = mkdtempSync(join(tmpdir(), "cic-folders-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function folder(files: Record<string, string>): string {
  const dir = join(root, `f${(n += 1)}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n7,01/05/2022,S,C2,N1,U4,PR1,,,,,,\n";
const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n7,1,01/01/2010,WBRI,,,\n";
const brief = (issues: { code: string; severity: string; file: string | null; message: string }[]) => issues.map((i) => [i.code, i.severity, i.file, i.message]);

async function validateJson(dir: string) {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t), stderr: () => undefined, readFile: async () => "", writeFile: async () => undefined, loadFolder: loadFolder903, readFolder: readFolder903, readReferenceData, isTTY: false,
  };
  const code = await runCli(["validate", "--data", dir, "--format", "json"], io);
  return { code, json: JSON.parse(out.join("")) };
}

describe("missing tables and near-miss names", () => {
  it("validate on header.csv + 'Episodes 2022-23.csv' is not clean: episodes is missing, with a hint", async () => {
    const { code, json } = await validateJson(folder({ "header.csv": HEADER, "Episodes 2022-23.csv": EPISODES }));
    expect(code).toBe(1);
    expect(brief(json.dataQuality.issues)).toEqual([
      ["missing-table", "error", null, "the data folder has no episodes.csv, which almost every figure needs"],
      ["unknown-file", "warning", "Episodes 2022-23.csv", "file Episodes 2022-23.csv is not a recognised table file or year folder; not read (did you mean episodes.csv?)"],
    ]);
  });

  it("suggests the table for a slip of a letter or two, and nothing for an unrelated name", () => {
    const { dataQuality } = parseReturn903({ "episodes.csv": EPISODES, "header.csv": HEADER, "epsiodes.csv": "", "notes.csv": "" });
    const messages = dataQuality.issues.map((i) => i.message);
    expect(messages).toContain("file epsiodes.csv is not a recognised table file or year folder; not read (did you mean episodes.csv?)");
    expect(messages).toContain("file notes.csv is not a recognised table file or year folder; not read");
  });

  it("names a year folder without episodes (error) or header (warning), with the indicators they feed", () => {
    const { dataQuality } = parseReturn903({ "2021-22/header.csv": HEADER, "2022-23/episodes.csv": EPISODES });
    expect(dataQuality.issues.map((i) => [i.code, i.severity, i.file, i.indicators.length > 0])).toEqual([
      ["missing-table", "error", "2021-22", true],
      ["missing-table", "warning", "2022-23", true],
    ]);
  });
});

describe("year folders that cannot be read", () => {
  it("reports an unreadable year folder as an error: its year is missing from every figure", () => {
    const { dataQuality } = parseReturn903({ "2021-22/": "", "2022-23/episodes.csv": EPISODES, "2022-23/header.csv": HEADER }, { unreadableFolders: new Map([["2021-22", "EACCES"]]) });
    expect(brief(dataQuality.issues)).toEqual([
      ["unreadable-folder", "error", "2021-22", "year folder 2021-22 cannot be read (EACCES); its year is missing from every figure"],
    ]);
    expect(dataQuality.issues[0]!.indicators).toContain("cla-count");
  });
});

describe("files the reader must not open or cannot hold", () => {
  const ok = { "header.csv": HEADER };

  it("does not hang on a FIFO named episodes.csv", async () => {
    const dir = folder(ok);
    expect(spawnSync("mkfifo", [join(dir, "episodes.csv")]).status).toBe(0);
    const { dataQuality } = await loadFolder903(dir);
    expect(brief(dataQuality.issues.filter((i) => i.code === "too-large"))).toEqual([
      ["too-large", "error", "episodes.csv", "episodes.csv is not a regular file (a pipe, device or socket); not read"],
    ]);
  });

  it("does not read /dev/zero behind a link", async () => {
    const dir = folder(ok);
    symlinkSync("/dev/zero", join(dir, "episodes.csv"));
    const { dataQuality } = await loadFolder903(dir);
    expect(dataQuality.issues.find((i) => i.code === "too-large")?.file).toBe("episodes.csv");
  });

  it("does not open a 1.1 GB file, naming the limit", async () => {
    const dir = folder(ok);
    const fd = openSync(join(dir, "episodes.csv"), "w");
    closeSync(fd);
    spawnSync("truncate", ["-s", "1100M", join(dir, "episodes.csv")]); // sparse: no disk used
    const { dataQuality } = await loadFolder903(dir);
    expect(dataQuality.issues.find((i) => i.code === "too-large")?.message).toBe("episodes.csv is 1100 MiB, over the 1024 MiB the reader holds; not read");
    expect(dataQuality.files.find((f) => f.file === "episodes.csv")).toEqual({ file: "episodes.csv", rowsRead: 0, rowsUsed: 0, rowsRejected: 0 });
  });

  it("stops at the line limit instead of running out of memory (a 2M-row file meets it first)", () => {
    const rows = "7,01/05/2022,S,C2,N1,U4,PR1,,,,,,\n".repeat(READ_LIMITS.lines + 1);
    const { dataQuality } = parseReturn903({ "episodes.csv": EPISODES.split("\n")[0] + "\n" + rows, ...ok });
    expect(dataQuality.issues.find((i) => i.code === "too-large")?.message).toBe("episodes.csv has over 500,000 lines, the most the reader holds in one file; not read");
  });

  it("takes the caller's line limit (maxLinesPerFile), the reader and the DfE rules alike", () => {
    const rows = "7,01/05/2022,S,C2,N1,U4,PR1,,,,,,\n".repeat(4); // with the header: 5 line breaks
    const files = { "episodes.csv": EPISODES.split("\n")[0] + "\n" + rows, ...ok };
    const readWith = (maxLinesPerFile: number) => parseReturn903(files, { maxLinesPerFile }).dataQuality;
    expect(readWith(4).issues.find((i) => i.code === "too-large")?.message).toBe("episodes.csv has over 4 lines, the most the reader holds in one file; not read");
    expect(readWith(4).files.find((f) => f.file === "episodes.csv")!.rowsRead).toBe(0);
    expect(readWith(5).issues.filter((i) => i.code === "too-large")).toEqual([]);
    expect(readWith(5).files.find((f) => f.file === "episodes.csv")!.rowsRead).toBe(4);
    expect(loadRuleTables(files, { maxLinesPerFile: 4 }).source.get("episodes")).toBeNull();
    expect(loadRuleTables(files, { maxLinesPerFile: 5 }).source.get("episodes")?.rowCount).toBe(4);
  });

  it("counts a line ended by a CR alone or a CRLF as one line, in text and in bytes, the reader and the DfE rules alike", () => {
    // A file saved with CR alone has no line feed: counting line feeds had let any such file past the limit.
    for (const eol of ["\r", "\r\n"]) {
      const text = EPISODES.split("\n")[0] + eol + `7,01/05/2022,S,C2,N1,U4,PR1,,,,,,${eol}`.repeat(4);
      for (const content of [text, new TextEncoder().encode(text)]) {
        const files = { "episodes.csv": content, ...ok };
        const readWith = (maxLinesPerFile: number) => parseReturn903(files, { maxLinesPerFile }).dataQuality;
        expect(readWith(4).issues.find((i) => i.code === "too-large")?.message).toBe("episodes.csv has over 4 lines, the most the reader holds in one file; not read");
        expect(readWith(5).files.find((f) => f.file === "episodes.csv")!.rowsRead).toBe(4);
        expect(loadRuleTables(files, { maxLinesPerFile: 4 }).source.get("episodes")).toBeNull();
        expect(loadRuleTables(files, { maxLinesPerFile: 5 }).source.get("episodes")?.rowCount).toBe(4);
      }
    }
  });

  it("holds as many lines a file as the process's heap allows, in loadFolder903, never fewer than the pure reader", async () => {
    const limit = linesThisProcessHolds();
    expect(limit % 100_000).toBe(0);
    expect(limit).toBeGreaterThanOrEqual(READ_LIMITS.lines);
    if (limit > READ_LIMITS.lines) expect(limit * 2_000).toBeLessThanOrEqual(getHeapStatistics().heap_size_limit);
    const rows = Array.from({ length: READ_LIMITS.lines + 1 }, (_, k) => `${k},01/05/2022,S,C2,N1,U4,PR1,,,,,,\n`).join("");
    const dir = folder({ ...ok, "episodes.csv": EPISODES.split("\n")[0] + "\n" + rows });
    const { dataQuality } = await loadFolder903(dir);
    const read = dataQuality.files.find((f) => f.file === "episodes.csv")!.rowsRead;
    // Over the pure reader's limit: read where this process's heap holds more.
    expect(read).toBe(limit > READ_LIMITS.lines + 1 ? READ_LIMITS.lines + 1 : 0);
  }, 60_000);
});

describe("a field over 1 MiB", () => {
  it("counts a line holding only an over-long field as a row read and rejected", () => {
    const huge = "x".repeat(1_048_577);
    const { dataQuality } = parseReturn903({ "episodes.csv": EPISODES + `${huge}\n`, ...{ "header.csv": HEADER } });
    const account = dataQuality.files.find((f) => f.file === "episodes.csv")!;
    expect(account).toEqual({ file: "episodes.csv", rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
    expect(dataQuality.issues.map((i) => i.code)).toContain("field-too-large");
  });
});
