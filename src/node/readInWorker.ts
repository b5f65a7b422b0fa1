import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ReturnFile, ReturnPlan } from "../io/ssda903/parseReturn903.js";
import type { TableRead } from "../io/ssda903/readTable.js";
import { SharedIds } from "../io/ssda903/sharedIds.js";
import { type TableReadParts, tableReadOf } from "../io/ssda903/tableReadParts.js";

/**
 * Reading some of a folder's files in a second thread while this one reads the rest. Each
 * file's read does not depend on another's, so the return is assembled the same whichever
 * thread read a file (`assembleReturn903`). On two cores a load of 80,000 children × 3 years
 * took 7–9% less time: V8's own background threads already use some of the second core.
 */

/** A file for the worker: where it is planned, and where it is on disk (`listedContent`). */
export interface WorkerFile {
  file: ReturnFile;
  from: string | null;
  notRead: string | null;
}

/** One file's read, as the worker posts it. */
export interface WorkerRead {
  path: string;
  parts: TableReadParts;
}

/**
 * FILES read in a worker thread, started now: iterate to take each read as it arrives, in the
 * files' order. The iteration ends early, without an error, when the worker fails (it could not
 * start, threw or ran out of memory): the caller reads the files it did not get itself.
 */
export class WorkerReads implements AsyncIterable<WorkerRead> {
  private readonly arrived: WorkerRead[] = [];
  private ended = false;
  private wake: (() => void) | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly expected: number,
  ) {
    worker.on("message", (read: WorkerRead) => {
      this.arrived.push(read);
      this.wake?.();
    });
    const end = () => {
      this.ended = true;
      this.wake?.();
    };
    worker.on("error", end);
    worker.on("exit", end);
  }

  /**
   * The worker reading FILES, or null when there are none or no worker can be started (no
   * worker script beside this module). `script`: by default `readWorkerScript()`.
   */
  static start(files: readonly WorkerFile[], script?: WorkerScript | null): WorkerReads | null {
    if (files.length === 0) return null;
    if (script === undefined) script = readWorkerScript();
    if (script === null) return null;
    try {
      const options = { workerData: { files } };
      const worker = "url" in script ? new Worker(script.url, options) : new Worker(script.code, { ...options, eval: true });
      return new WorkerReads(worker, files.length);
    } catch {
      return null;
    }
  }

  /** Stops the worker, if it is still reading (the caller failed before taking every read). */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<WorkerRead> {
    try {
      for (let taken = 0; taken < this.expected; ) {
        const read = this.arrived.shift();
        if (read !== undefined) {
          taken += 1;
          yield read;
          continue;
        }
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
      }
    } finally {
      await this.stop();
    }
  }
}

/** The worker's module (`url`), or code that loads it (`code`). */
export type WorkerScript = { url: URL } | { code: string };

/**
 * src/node/readWorker.ts as built beside this module (dist/readWorker.js, which the library's
 * and the CLI's bundles sit beside); run from the TypeScript source (the tests, tsx), the
 * source itself, loaded through tsx. Null when neither is there (this module bundled into an
 * application without it): the files are then read in this thread.
 */
export function readWorkerScript(): WorkerScript | null {
  const here = import.meta.url;
  const built = new URL("./readWorker.js", here);
  if (existsSync(built)) return { url: built };
  if (!here.endsWith(".ts")) return null;
  try {
    // tsx's loader API resolves, for require, to its CommonJS file; the worker imports the ES module beside it.
    const tsx = pathToFileURL(createRequire(here).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
    const source = new URL("./readWorker.ts", here).href;
    return { code: `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });` };
  } catch {
    return null;
  }
}

/**
 * Every planned file's read, by path. The files of `worker` (null: none) are taken from its
 * reads as they arrive, once this thread has read the others (`readHere`); a file the worker did
 * not give (it failed) is read here after. `onRead` is told of each file as it is taken.
 */
export async function readPlannedFiles(
  planned: ReturnPlan,
  worker: { paths: ReadonlySet<string>; reads: AsyncIterable<WorkerRead> } | null,
  readHere: (file: ReturnFile, childIds: SharedIds) => TableRead,
  onRead: (file: ReturnFile, read: TableRead) => void,
): Promise<Map<string, TableRead>> {
  const reads = new Map<string, TableRead>();
  const childIds = new SharedIds();
  const took = (file: ReturnFile, read: TableRead) => {
    reads.set(file.path, read);
    onRead(file, read);
  };
  for (const file of planned.files) if (worker === null || !worker.paths.has(file.path)) took(file, readHere(file, childIds));
  if (worker === null) return reads;
  const fileOf = new Map(planned.files.map((file) => [file.path, file]));
  for await (const { path, parts } of worker.reads) {
    const file = fileOf.get(path)!;
    // Its child ids become this thread's strings for them, as if it had read the file.
    childIds.startFile(file.context.table);
    took(file, tableReadOf(parts, (id) => childIds.of(id)));
    childIds.endFile();
  }
  for (const file of planned.files) if (!reads.has(file.path)) took(file, readHere(file, childIds));
  return reads;
}
