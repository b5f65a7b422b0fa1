import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../../src/cli/run.js";
import { loadFolder903, readFolder903, readReferenceData } from "../../src/node.js";

// The real folder loader behind the CLI: a --data problem is a usage error (exit 2).
const root = mkdtempSync(join(tmpdir(), "cic-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    stdout: (t) => void stdout.push(t), stderr: (t) => void stderr.push(t),
    readFile: async () => "", writeFile: async () => undefined, loadFolder: loadFolder903, readFolder: readFolder903, readReferenceData, isTTY: false,
  };
  return { code: await runCli(argv, io), stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("runCli with a data folder", () => {
  it("exits 2 with one line when --data does not exist", async () => {
    const result = await run(["report", "--data", join(root, "absent"), "--as-at", "2019-01-31"]);
    expect([result.code, result.stdout, result.stderr.split("\n").length]).toEqual([2, "", 2]);
  });
  it("exits 2 when --data is a file", async () => {
    const file = join(root, "episodes.txt");
    writeFileSync(file, "x");
    const result = await run(["validate", "--data", file]);
    expect([result.code, result.stdout, result.stderr.split("\n").length]).toEqual([2, "", 2]);
  });
  it("exits 2 when --data holds no 903 table", async () => {
    // root holds only episodes.txt, which is not a table file.
    const result = await run(["report", "--data", root, "--as-at", "2019-01-31"]);
    expect([result.code, result.stdout, result.stderr.split("\n").length]).toEqual([2, "", 2]);
  });
});
