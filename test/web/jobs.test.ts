import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFolder903 } from "../../src/node.js";
import { createJobs } from "../../src/web/jobs.js";
import type { WorkerAnswer, WorkerRequest } from "../../src/web/protocol.js";
import { runCliInProcess } from "../fixtures/cliRun.js";

// The page's worker, in Node: the same answers and bytes as the CLI, without a browser.
const EXAMPLE = "examples/peterborough-2019-01";

async function session() {
  const jobs = createJobs();
  return async (request: WorkerRequest): Promise<WorkerAnswer[]> => {
    const answers: WorkerAnswer[] = [];
    await jobs.handle(request, (answer) => answers.push(answer));
    return answers;
  };
}

async function loadExample(ask: (r: WorkerRequest) => Promise<WorkerAnswer[]>) {
  const onDisk = await readFolder903(EXAMPLE);
  const files = Object.entries(onDisk).map(([path, content]) => ({
    path, file: content instanceof Uint8Array && content.length > 0 ? new Blob([content]) : null, notRead: null,
  }));
  return ask({ type: "load", files });
}

const last = (answers: WorkerAnswer[]) => answers[answers.length - 1]!;

describe("the page's jobs", () => {
  it("take the latest month end the data covers as the default as-at date, and report progress while reading", async () => {
    const ask = await session();
    const answers = await loadExample(ask);
    expect(last(answers)).toEqual({ type: "loaded", years: ["2016-17", "2017-18", "2018-19"], defaultAsAt: "2019-01-31" });
    expect(answers.filter((a) => a.type === "progress").length).toBeGreaterThan(10);
  });

  it("download what the CLI writes for the same folder and settings, edited targets included", async () => {
    const ask = await session();
    await loadExample(ask);
    const configText = readFileSync(`${EXAMPLE}/config.json`, "utf8");
    const scored = last(await ask({ type: "score", settings: { asAt: "2019-01-31", period: "fytd", population: null, configText, targets: { "placements-3plus": 8 } } }));
    expect(scored.type).toBe("scored");
    const config = (scored as Extract<WorkerAnswer, { type: "scored" }>).config;
    expect(JSON.parse(config).indicators["placements-3plus"].target).toBe(8);
    // The config the page offers for download, given to the CLI.
    const configPath = join(mkdtempSync(join(tmpdir(), "cic-jobs-")), "config.json");
    writeFileSync(configPath, config);
    for (const format of ["json", "csv", "html"] as const) {
      const cli = await runCliInProcess(["report", "--data", EXAMPLE, "--as-at", "2019-01-31", "--period", "fytd", "--config", configPath, "--format", format]);
      const file = last(await ask({ type: "download", format }));
      expect(file.type === "file" ? file.data : null).toBe(cli.stdout);
    }
  });

  it("say what went wrong in one plain line: a bad config, or a folder with no 903 table", async () => {
    const ask = await session();
    await loadExample(ask);
    const bad = last(await ask({ type: "score", settings: { asAt: "2019-01-31", period: "year", population: null, configText: '{"tragets": 1}', targets: {} } }));
    expect(bad).toEqual({ type: "failed", message: 'config: unknown key "tragets"' });
    const notA903 = last(await ask({ type: "load", files: [{ path: "notes.txt", file: new Blob(["x"]), notRead: null }] }));
    expect(notA903.type === "failed" && notA903.message).toMatch(/^This folder holds no SSDA903 table/);
  });
});
