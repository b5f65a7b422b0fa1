/**
 * Node-only entry: reads a data folder from disk (data.md §1). Everything else lives in the
 * pure modules, so the core still bundles without `node:`.
 */
import { readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseCollectionYear } from "./dates/collectionYear.js";
import type { Day } from "./dates/day.js";
import { CicScorecardError } from "./errors.js";
import type { Cohort } from "./model/cohort.js";
import type { DataQuality } from "./model/issue.js";
import { planFolder, plansA903Table, tableOfFileName } from "./io/ssda903/folderLayout.js";
import { type LoadReturn903Options, type LoadedReturn903, stitchReturn903 } from "./io/ssda903/loadReturn903.js";
import { parseListedReturn903, type ParseReturn903Options } from "./io/ssda903/parseReturn903.js";
export type { LoadProgress } from "./io/ssda903/parseReturn903.js";
import type { Return903 } from "./model/return903.js";

type Entry = { name: string; kind: "file" | "folder" };

async function listEntries(dir: string): Promise<Entry[]> {
  const names = await readdir(dir);
  const entries: Entry[] = [];
  for (const name of names) {
    try {
      const info = await stat(join(dir, name)); // follows symbolic links
      entries.push({ name, kind: info.isDirectory() ? "folder" : "file" });
    } catch {
      entries.push({ name, kind: "file" }); // a broken link: reported as an unknown file
    }
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads DIR into a file map with `/` paths: table files directly in DIR, or in `YYYY-YY`
 * (`YYYY-YYYY`) subfolders. Only files named like a table are read; other files appear with
 * empty content and other folders as `name/`, so the reader can report them as unknown.
 * Throws a usage `CicScorecardError` when DIR is missing, unreadable or not a folder.
 */
export async function readFolder903(dir: string): Promise<Record<string, string | Uint8Array>> {
  const listed = await listFolder903(dir);
  const contents = await Promise.all(listed.map(({ from }) => (from === null ? new Uint8Array(0) : readBytes(from))));
  const files: Record<string, string | Uint8Array> = {};
  listed.forEach(({ path }, k) => {
    files[path] = contents[k]!;
  });
  return files;
}

/** A path of the file map, and the file to read for it (null: reported with empty content). */
type Listed = { path: string; from: string | null };

/** The paths `readFolder903` maps, in its key order, each with the file it reads. */
async function listFolder903(dir: string): Promise<Listed[]> {
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
      if (entry.kind === "folder") listed.push({ path: `${path}/`, from: null });
      else listed.push({ path, from: tableOfFileName(entry.name) === null ? null : join(folder, entry.name) });
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
      } catch {
        continue; // an unreadable year folder reads as empty
      }
      list(folder, `${entry.name}/`, inner);
    }
  }
  return listed;
}

// Unreadable (permissions, a vanished file): NUL content makes the reader say so.
const UNREADABLE = () => new Uint8Array([0]);

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return bytesOf(await readFile(path));
  } catch {
    return UNREADABLE();
  }
}

function readBytesNow(path: string): Uint8Array {
  try {
    return bytesOf(readFileSync(path));
  } catch {
    return UNREADABLE();
  }
}

function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength); // a view: no copy
}

/**
 * Reads, checks and stitches the 903 folder DIR: `{ cohort, dataQuality }`. Throws a usage
 * `CicScorecardError` (one line) when DIR is missing or not a folder, or holds no 903 table.
 */
export async function loadFolder903(dir: string, options: LoadReturn903Options = {}): Promise<LoadedReturn903> {
  const parsed = await parseFolder903(dir, options);
  options.onProgress?.({ stage: "stitching" });
  return stitchReturn903(parsed, options);
}

/**
 * Reads and parses DIR, one file at a time: each file's bytes are garbage once it has been
 * read into records (a national folder's bytes are tens of MB).
 */
async function parseFolder903(dir: string, options: ParseReturn903Options): Promise<{ return903: Return903; dataQuality: DataQuality }> {
  const listed = await listFolder903(dir);
  const paths = listed.map((entry) => entry.path);
  if (!plansA903Table(planFolder(paths))) {
    throw new CicScorecardError("usage", `data folder ${dir} holds no 903 table (such as episodes.csv)`, dir);
  }
  const fileOf = new Map(listed.map((entry) => [entry.path, entry.from]));
  return parseListedReturn903(paths, (path) => {
    const from = fileOf.get(path) ?? null;
    return from === null ? new Uint8Array(0) : readBytesNow(from);
  }, options);
}
