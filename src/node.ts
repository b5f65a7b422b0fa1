/**
 * Node-only entry: reads a data folder from disk (data.md §1). Everything else lives in the
 * pure modules, so the core still bundles without `node:`.
 */
import { createReadStream } from "node:fs";
import type { Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { parseCollectionYear } from "./dates/collectionYear.js";
import { CicScorecardError } from "./errors.js";
import type { DataQuality } from "./model/issue.js";
import { plansA903Table, tableOfFileName } from "./io/ssda903/folderLayout.js";
import { type LoadReturn903Options, type LoadedReturn903, stitchReturn903 } from "./io/ssda903/loadReturn903.js";
import { assembleReturn903, planReturn903, readPlannedFile, type ReturnFile, type ReturnPlan } from "./io/ssda903/parseReturn903.js";
import type { SharedIds } from "./io/ssda903/sharedIds.js";
import { type FileContent, READ_LIMITS, type TableRead, tooLargeToRead } from "./io/ssda903/readTable.js";
import { DATED_TABLES } from "./model/childRows.js";
import type { TableName } from "./model/tables.js";
import { errorCode, fileBytes, listedContent, type ReadBuffer, readBytes } from "./node/fileBytes.js";
import { readPlannedFiles, type WorkerFile, WorkerReads } from "./node/readInWorker.js";
export type { LoadProgress } from "./io/ssda903/parseReturn903.js";
import type { Return903 } from "./model/return903.js";
import type { ReferenceDataFiles } from "./config/config.js";
import type { ReferenceData } from "./validation/defineRule.js";
import { parseOfstedLists } from "./validation/reference/ofstedLists.js";
import { PostcodeDirectoryReader } from "./validation/reference/postcodeDirectory.js";
import { referenceError } from "./validation/reference/referenceCsv.js";

/** A folder entry; for a file, why it must not be opened (a FIFO would hang, /dev/zero never ends), and its size. */
type Entry = { name: string; kind: "file" | "folder"; notRead: string | null; size: number };

async function listEntries(dir: string): Promise<Entry[]> {
  const names = await readdir(dir);
  const entries: Entry[] = [];
  for (const name of names) {
    try {
      const info = await stat(join(dir, name)); // follows symbolic links
      if (info.isDirectory()) entries.push({ name, kind: "folder", notRead: null, size: 0 });
      else entries.push({ name, kind: "file", notRead: notReadReason(info), size: info.size });
    } catch {
      entries.push({ name, kind: "file", notRead: null, size: 0 }); // a broken link: unknown, or unreadable when read
    }
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads DIR into a file map with `/` paths: table files directly in DIR, or in `YYYY-YY`
 * (`YYYY-YYYY`) subfolders. Only files named like a table are read; other files appear with
 * empty content and other folders as `name/`, so the reader can report them as unknown.
 * Throws a usage `CicScorecardError` when DIR is missing, unreadable or not a folder.
 *
 * @example
 * ```ts
 * const files = await readFolder903("data/903"); // path → bytes, year folders included
 * const rules = validateReturn(files);
 * ```
 */
export async function readFolder903(dir: string): Promise<Record<string, FileContent>> {
  const listed = await listFolder903(dir);
  // A file the reader must not open is passed on with why, as loadFolder903 does: too-large.
  const contents = await Promise.all(listed.map(({ from, notRead }) => listedContent(from, notRead, readBytes)));
  const files: Record<string, FileContent> = {};
  listed.forEach(({ path }, k) => {
    files[path] = contents[k]!;
  });
  return files;
}

/** Not a regular file (FIFO, device, socket), or larger than the reader holds: reported as too-large. */
function notReadReason(info: Stats): string | null {
  if (!info.isFile()) return "is not a regular file (a pipe, device or socket)";
  return tooLargeToRead(info.size);
}

/** A path of the file map, and the file to read for it (null: reported with empty content), with its size when listed. */
type Listed = { path: string; from: string | null; notRead: string | null; size: number };

/** The paths `readFolder903` maps, in its key order, each with the file it reads. */
async function listFolder903(dir: string, unreadable: Map<string, string> = new Map()): Promise<Listed[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new CicScorecardError("usage", `data folder ${dir} does not exist`, dir);
  }
  if (!info.isDirectory()) throw new CicScorecardError("usage", `data folder ${dir} is not a folder`, dir);
  let top: Entry[];
  try {
    top = await listEntries(dir);
  } catch {
    throw new CicScorecardError("usage", `data folder ${dir} cannot be read`, dir);
  }

  const listed: Listed[] = [];
  const list = (folder: string, prefix: string, entries: Entry[]) => {
    for (const entry of entries) {
      const path = prefix + entry.name;
      if (entry.kind === "folder") listed.push({ path: `${path}/`, from: null, notRead: null, size: 0 });
      else listed.push({ path, from: tableOfFileName(entry.name) === null ? null : join(folder, entry.name), notRead: entry.notRead, size: entry.size });
    }
  };
  const oneReturn = top.some((e) => e.kind === "file" && tableOfFileName(e.name) !== null);
  list(dir, "", top);
  if (!oneReturn) {
    for (const entry of top) {
      if (entry.kind !== "folder" || parseCollectionYear(entry.name) === null) continue;
      const folder = join(dir, entry.name);
      let inner: Entry[];
      try {
        inner = await listEntries(folder);
      } catch (error) {
        unreadable.set(entry.name, errorCode(error)); // reported as unreadable-folder: its year is missing
        continue;
      }
      list(folder, `${entry.name}/`, inner);
    }
  }
  return listed;
}

/**
 * Reads, checks and stitches the 903 folder DIR: `{ cohort, dataQuality }`. Throws a usage
 * `CicScorecardError` (one line) when DIR is missing or not a folder, or holds no 903 table.
 *
 * @example
 * ```ts
 * import { loadFolder903 } from "cic-scorecard/node";
 * const { cohort, dataQuality } = await loadFolder903("data/903");
 * ```
 */
export async function loadFolder903(dir: string, options: LoadFolder903Options = {}): Promise<LoadedReturn903> {
  options = { maxLinesPerFile: linesThisProcessHolds(), ...options };
  const parsed = await parseFolder903(dir, options);
  options.onProgress?.({ stage: "stitching" });
  return stitchReturn903(parsed, options);
}

export interface LoadFolder903Options extends LoadReturn903Options {
  /**
   * Read the visits, health assessments, reviews and PEPs in a second thread while this one
   * reads the other tables. Default: when those files come to 32 MiB or more and the machine
   * has two cores or more. Every figure and issue is the same either way.
   */
  readInWorker?: boolean;
}

/**
 * Heap a file's line may take, at most, from reading to a scored report or the DfE rules
 * (measured on one return of 2,069,339 episode rows and 1,060,000 header rows: the heap peaked
 * at about 1,100 bytes per episode line for a report and 1,700 for `validate`).
 */
const HEAP_PER_LINE = 2_000;

/**
 * The most lines one file may hold in this process (`maxLinesPerFile`): as many as its heap
 * limit holds at `HEAP_PER_LINE` bytes each, in whole 100,000s, and never fewer than the pure
 * reader's `READ_LIMITS.lines`. On a 4 GB heap (Node's default with 16 GB of memory or more)
 * that is 2,100,000: a national three-year episodes.csv is read rather than refused, and a file
 * the heap cannot hold is refused as too-large rather than crashing the process.
 *
 * @example
 * ```ts
 * const files = await readFolder903("data/903");
 * const report = validateReturn(files, { maxLinesPerFile: linesThisProcessHolds() });
 * ```
 */
export function linesThisProcessHolds(): number {
  const lines = Math.floor(getHeapStatistics().heap_size_limit / HEAP_PER_LINE / 100_000) * 100_000;
  return Math.max(READ_LIMITS.lines, lines);
}

/**
 * Reads and parses DIR, one file at a time in each thread, each read from disk a range at a
 * time as it is decoded (`fileBytes`): neither a file's text nor its bytes are ever held whole.
 */
async function parseFolder903(dir: string, options: LoadFolder903Options): Promise<{ return903: Return903; dataQuality: DataQuality }> {
  const unreadableFolders = new Map<string, string>();
  const listed = await listFolder903(dir, unreadableFolders);
  const paths = listed.map((entry) => entry.path);
  const planned = planReturn903(paths, { ...options, unreadableFolders });
  if (!plansA903Table(planned.plan) && unreadableFolders.size === 0) {
    throw new CicScorecardError("usage", `data folder ${dir} holds no 903 table (such as episodes.csv)`, dir);
  }
  const entryOf = new Map(listed.map((entry) => [entry.path, entry]));
  const forWorker = workerFiles(planned, entryOf, options.readInWorker);
  const worker = WorkerReads.start(forWorker);
  const buffer: ReadBuffer = { bytes: new Uint8Array(0) };
  const readHere = (file: ReturnFile, childIds: SharedIds) => {
    const entry = entryOf.get(file.path);
    return readPlannedFile(file, listedContent(entry?.from ?? null, entry?.notRead ?? null, (path) => fileBytes(path, buffer)), childIds);
  };
  const onRead = (file: ReturnFile, read: TableRead) => options.onProgress?.({ stage: "file", file: file.path, rowsRead: read.account.rowsRead });
  let reads: ReadonlyMap<string, TableRead>;
  try {
    reads = await readPlannedFiles(planned, worker === null ? null : { paths: new Set(forWorker.map((f) => f.file.path)), reads: worker }, readHere, onRead);
  } finally {
    await worker?.stop();
  }
  return assembleReturn903(planned, (path) => reads.get(path)!);
}

/**
 * The tables a worker reads: the dated tables, kept in columns, so that their reads pass by
 * their buffers. Not the header: the episodes read here find their children's strings by
 * walking alongside it (`SharedIds`), and its text columns are copied to pass; with a national
 * return's header in the worker, the load took a fifth longer.
 */
const WORKER_TABLES: ReadonlySet<TableName> = new Set(Object.keys(DATED_TABLES) as TableName[]);

/**
 * Below this, a worker costs more than it saves: it starts cold, compiling the reader again.
 * Loads of generated folders, 6 rounds alternating: 20,000 children × 3 years (11 MB of those
 * tables) 1,366 → 1,536 ms with a worker; 40,000 (22 MB) 2,048 → 2,041 ms; 80,000 (45 MB) about
 * 3,330 → 3,110 ms.
 */
const WORKER_FROM_BYTES = 32 * 1024 * 1024;

/** The files of PLANNED a worker reads: none unless `choice`, or by default when there is work and a core for it. */
function workerFiles(planned: ReturnPlan, entryOf: ReadonlyMap<string, Listed>, choice: boolean | undefined): WorkerFile[] {
  if (choice === false || (choice === undefined && availableParallelism() < 2)) return [];
  const files: WorkerFile[] = [];
  let bytes = 0;
  for (const file of planned.files) {
    const entry = entryOf.get(file.path);
    if (entry === undefined || entry.from === null || !WORKER_TABLES.has(file.context.table)) continue;
    files.push({ file, from: entry.from, notRead: entry.notRead });
    bytes += entry.size;
  }
  return choice === undefined && bytes < WORKER_FROM_BYTES ? [] : files;
}

/**
 * Reads the reference files a config names (paths relative to `baseDir`) for the DfE rules:
 * the postcode directory, streamed so that the full ONS directory (over a gigabyte) fits, keeping
 * only `postcodesWanted` when given (`postcodesInReturn(files)`); and Ofsted's provider lists.
 * The council's code is the caller's to resolve (`localAuthority` is left out). Throws an
 * `invalid_config` CicScorecardError naming the file, and its line, when one cannot be read.
 *
 * @example
 * ```ts
 * const files = await readFolder903("data/903");
 * const reference = await readReferenceData({ postcodes: "ONSPD.csv", ofstedProviders: [] }, { postcodesWanted: postcodesInReturn(files) });
 * validateReturn(files, { referenceData: { ...reference, localAuthority: "E06000031" } });
 * ```
 */
export async function readReferenceData(
  files: Pick<ReferenceDataFiles, "postcodes" | "ofstedProviders">,
  options: { baseDir?: string; postcodesWanted?: ReadonlySet<string> } = {},
): Promise<Omit<ReferenceData, "localAuthority">> {
  const at = (path: string) => resolve(options.baseDir ?? ".", path);
  const referenceData: { postcodes?: ReferenceData["postcodes"]; ofstedProviders?: ReferenceData["ofstedProviders"] } = {};
  if (files.postcodes !== null) {
    const reader = new PostcodeDirectoryReader(files.postcodes, options.postcodesWanted ?? null);
    await eachChunk(at(files.postcodes), files.postcodes, (chunk) => reader.read(chunk));
    referenceData.postcodes = reader.finish();
  }
  if (files.ofstedProviders.length > 0) {
    const lists = await Promise.all(files.ofstedProviders.map(async (file) => ({ file, text: await readReferenceText(at(file), file) })));
    referenceData.ofstedProviders = parseOfstedLists(lists);
  }
  return referenceData;
}

async function readReferenceText(path: string, name: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw referenceError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Calls `onChunk` with the text of a UTF-8 file piece by piece, never the whole file at once. */
async function eachChunk(path: string, name: string, onChunk: (text: string) => void): Promise<void> {
  try {
    for await (const piece of createReadStream(path, { encoding: "utf8", highWaterMark: 4 << 20 })) onChunk(piece as string);
  } catch (error) {
    if (error instanceof CicScorecardError) throw error;
    throw referenceError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
