import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate903 } from "../../benchmarks/generator/generate903.js";
import { assembleReturn903, parseReturn903, planReturn903, readPlannedFile } from "../../src/io/ssda903/parseReturn903.js";
import { SharedIds } from "../../src/io/ssda903/sharedIds.js";
import { tableReadParts } from "../../src/io/ssda903/tableReadParts.js";
import { type LoadProgress, loadFolder903 } from "../../src/node.js";
import { type WorkerFile, type WorkerRead, WorkerReads, readPlannedFiles, readWorkerScript } from "../../src/node/readInWorker.js";
import { computeScorecard } from "../../src/scorecard/computeScorecard.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cic-worker-"));
  for (const [path, text] of Object.entries(generate903({ children: 600, years: ["2017-18", "2018-19"], seed: 11 }))) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // Issues in the files the worker reads, rejected rows and a warning, so that they cross threads too.
  appendFileSync(join(dir, "2018-19/visits.csv"), "000001,31/02/2019,statutory,Y,Y\n000002,01/03/2019,sometimes,Y,N\n");
  appendFileSync(join(dir, "2017-18/reviews.csv"), "000003,,not a date,PN1\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A load's figures, data-quality account and progress, in one value to compare. */
async function loaded(readInWorker: boolean) {
  const progress: LoadProgress[] = [];
  const { cohort, dataQuality } = await loadFolder903(dir, { readInWorker, onProgress: (p) => progress.push(p) });
  const scorecard = computeScorecard(cohort, { asAt: "2019-03-31", population: 10_000, series: true, drillDown: "all" });
  return { scorecard, dataQuality, progress };
}

describe("reading in a worker thread", () => {
  it("can start a worker from the source (so the comparison below is not of one thread with itself)", () => {
    expect(readWorkerScript()).not.toBeNull();
  });

  it("gives the same figures, members, issues and file accounts as reading in one thread", async () => {
    const one = await loaded(false);
    const two = await loaded(true);
    expect(two.dataQuality.issues.some((i) => i.file === "2018-19/visits.csv")).toBe(true);
    expect(two.dataQuality.issues.some((i) => i.file === "2017-18/reviews.csv")).toBe(true);
    expect(two.dataQuality).toEqual(one.dataQuality);
    expect(JSON.stringify(two.scorecard)).toBe(JSON.stringify(one.scorecard));
    // Every file is reported read once, whichever thread read it; only the order may differ.
    const files = (p: LoadProgress[]) => p.flatMap((e) => (e.stage === "file" ? [`${e.file} ${e.rowsRead}`] : [])).sort();
    expect(files(two.progress)).toEqual(files(one.progress));
    expect(new Set(files(two.progress)).size).toBe(files(two.progress).length);
  });
});

describe("WorkerReads", () => {
  const workerFiles = (): WorkerFile[] => {
    const paths = ["2018-19/header.csv", "2018-19/episodes.csv", "2018-19/visits.csv", "2018-19/peps.csv"];
    return planReturn903(paths).files.filter((f) => f.context.table === "visits" || f.context.table === "peps").map((file) => ({ file, from: join(dir, file.path), notRead: null }));
  };
  const taken = async (reads: WorkerReads | null): Promise<WorkerRead[]> => {
    const all: WorkerRead[] = [];
    for await (const read of reads!) all.push(read);
    return all;
  };

  it("posts each file's read in the files' order", async () => {
    const reads = await taken(WorkerReads.start(workerFiles()));
    expect(reads.map((r) => r.path)).toEqual(["2018-19/visits.csv", "2018-19/peps.csv"]);
    expect(reads.every((r) => r.parts.records.kind === "dated" && r.parts.account.rowsUsed > 0)).toBe(true);
  });

  it("ends without an error when the worker fails, with the reads it gave before failing", async () => {
    expect(await taken(WorkerReads.start(workerFiles(), { code: "throw new Error('cannot read')" }))).toEqual([]);
    const oneThenFail = "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ path: 'a', parts: null }); throw new Error('stop');";
    expect((await taken(WorkerReads.start(workerFiles(), { code: oneThenFail }))).map((r) => r.path)).toEqual(["a"]);
  });

  it("is not started without files", () => {
    expect(WorkerReads.start([])).toBeNull();
  });
});

describe("readPlannedFiles", () => {
  const files = generate903({ children: 150, years: ["2017-18", "2018-19"], seed: 3 });
  const planned = planReturn903(Object.keys(files));
  const dated = planned.files.filter((f) => ["visits", "health_assessments", "reviews", "peps"].includes(f.context.table));

  /** A worker that gives the first `gives` of the dated files' reads, as passed between threads, then stops. */
  async function* worker(gives: number): AsyncGenerator<WorkerRead> {
    const ids = new SharedIds();
    for (const file of dated.slice(0, gives)) {
      const { parts, transfer } = tableReadParts(file.context.table, readPlannedFile(file, files[file.path]!, ids));
      yield { path: file.path, parts: structuredClone(parts, { transfer }) };
    }
  }

  for (const gives of [dated.length, 3, 0]) {
    it(`assembles the return read in one thread when the worker gives ${gives} of its ${dated.length} files, reading the rest here`, async () => {
      const readHere: string[] = [];
      const told: string[] = [];
      const reads = await readPlannedFiles(
        planned,
        { paths: new Set(dated.map((f) => f.path)), reads: worker(gives) },
        (file, ids) => (readHere.push(file.path), readPlannedFile(file, files[file.path]!, ids)),
        (file) => told.push(file.path),
      );
      expect(assembleReturn903(planned, (path) => reads.get(path)!)).toEqual(parseReturn903(files));
      expect(readHere).toHaveLength(planned.files.length - gives);
      expect([...told].sort()).toEqual(planned.files.map((f) => f.path).sort());
    });
  }
});
