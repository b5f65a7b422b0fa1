import { parseCollectionYear } from "../dates/collectionYear.js";
import { tableOfFileName } from "../io/ssda903/folderLayout.js";
import { tooLargeToRead } from "../io/ssda903/readTable.js";

/**
 * A folder chosen or dropped in the browser, listed as `readFolder903` lists one on disk, so
 * that the reader sees the same file map and reports the same data quality: table files
 * directly in the folder, or in `YYYY-YY` subfolders; any other file with empty content and
 * any other folder as `name/`, so the reader names them as unknown. (A browser never shows an
 * empty folder; on disk one is listed.)
 */
export interface PickedFile {
  /** Relative to the chosen folder, `/`-separated. */
  path: string;
  size: number;
}

export interface ListedPath {
  /** The file map's key. */
  path: string;
  /** Index of the picked file to read, or null: listed with empty content. */
  source: number | null;
  /** Why the file is not read (too large), or null. */
  notRead: string | null;
}

/**
 * Paths as the browser gives them (`webkitRelativePath` or a dropped entry's `fullPath`) start
 * with the chosen folder's own name; the file map is relative to it.
 */
export function relativeToChosenFolder(paths: readonly string[]): string[] {
  const trimmed = paths.map((p) => p.replace(/^\/+/, ""));
  const firsts = new Set(trimmed.map((p) => (p.includes("/") ? p.slice(0, p.indexOf("/")) : null)));
  // Loose files (no folder) or files from different folders: keep the paths as they are.
  if (firsts.size !== 1 || firsts.has(null)) return trimmed;
  return trimmed.map((p) => p.slice(p.indexOf("/") + 1));
}

type Entry = { name: string; kind: "file" | "folder"; index: number };

/** The entries directly under `prefix` (`""` or `2018-19/`), sorted by name as on disk. */
function entriesUnder(files: readonly PickedFile[], prefix: string): Entry[] {
  const byName = new Map<string, Entry>();
  files.forEach((file, index) => {
    if (!file.path.startsWith(prefix)) return;
    const rest = file.path.slice(prefix.length);
    const slash = rest.indexOf("/");
    const name = slash < 0 ? rest : rest.slice(0, slash);
    if (name !== "" && !byName.has(name)) byName.set(name, { name, kind: slash < 0 ? "file" : "folder", index });
  });
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function listPickedFolder(files: readonly PickedFile[]): ListedPath[] {
  const listed: ListedPath[] = [];
  const list = (prefix: string, entries: Entry[]) => {
    for (const entry of entries) {
      const path = prefix + entry.name;
      if (entry.kind === "folder") listed.push({ path: `${path}/`, source: null, notRead: null });
      else listed.push({ path, source: tableOfFileName(entry.name) === null ? null : entry.index, notRead: tooLargeToRead(files[entry.index]!.size) });
    }
  };
  const top = entriesUnder(files, "");
  list("", top);
  const oneReturn = top.some((e) => e.kind === "file" && tableOfFileName(e.name) !== null);
  if (!oneReturn) {
    for (const entry of top) if (entry.kind === "folder" && parseCollectionYear(entry.name) !== null) list(`${entry.name}/`, entriesUnder(files, `${entry.name}/`));
  }
  return listed;
}

