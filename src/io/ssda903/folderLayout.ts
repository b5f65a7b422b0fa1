import { collectionYearLabel, parseCollectionYear } from "../../dates/collectionYear.js";
import { compareText, type DataIssue } from "../../model/issue.js";
import { TABLES, TABLES_903, type TableName } from "../../model/tables.js";
import { indicatorsFor } from "./indicatorInputs.js";
import { IssueSink } from "./issueSink.js";

/**
 * Which files of a data folder are read, as which table and collection year (data.md §1).
 * Paths are relative with `/`; a key ending in `/` stands for a folder.
 */

// Longest names first, so `LA_sw_episodes.csv` is sw_episodes and not episodes.
const BY_LENGTH = [...TABLES].sort((a, b) => b.length - a.length || compareText(a, b));
const SEPARATORS = new Set(["_", "-", ".", " "]);

/** The table a file name stands for, or null (`903_Episodes.csv` → episodes). */
export function tableOfFileName(fileName: string): TableName | null {
  const lower = fileName.toLowerCase();
  if (!lower.endsWith(".csv")) return null;
  const stem = lower.slice(0, -4);
  for (const table of BY_LENGTH) {
    if (stem === table) return table;
    if (stem.endsWith(table) && SEPARATORS.has(stem.charAt(stem.length - table.length - 1))) return table;
  }
  return null;
}

export interface PlannedFile {
  path: string;
  table: TableName;
}

export interface PlannedYear {
  label: string | null;
  endYear: number | null;
  files: PlannedFile[];
}

export interface FolderPlan {
  /** Oldest first; one entry with null label for a single return. */
  years: PlannedYear[];
  /** unknown-file and duplicate-table issues. */
  issues: DataIssue[];
}

interface Folder {
  files: string[];
  folders: string[];
}

function listFolder(paths: readonly string[], prefix: string): Folder {
  const files = new Set<string>();
  const folders = new Set<string>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    if (rest === "") continue;
    const slash = rest.indexOf("/");
    if (slash < 0) files.add(rest);
    else folders.add(rest.slice(0, slash));
  }
  const sorted = (set: Set<string>) => [...set].sort(compareText);
  return { files: sorted(files), folders: sorted(folders) };
}

/**
 * `missing-table` (data.md §7): a year folder, or one return, without episodes.csv is an error
 * (almost every figure needs it); without header.csv a warning (ages unknown). Reported against
 * the folder (`2022-23`), or with no file for one return.
 */
function missingTables(files: readonly PlannedFile[], folder: string | null, issues: DataIssue[]): void {
  const has = (table: TableName) => files.some((f) => f.table === table);
  const where = folder === null ? "the data folder" : `year folder ${folder}`;
  if (!has("episodes")) {
    const sink = new IssueSink(folder, "episodes"); // an error names every indicator reading the table
    sink.error("missing-table", null, null, `${where} has no episodes.csv, which almost every figure needs`);
    issues.push(...sink.list());
  }
  if (!has("header")) {
    const sink = new IssueSink(folder, "header");
    sink.note("missing-table", null, null, `${where} has no header.csv: children's ages come only from other tables' DOB`, indicatorsFor("header", "error", null));
    issues.push(...sink.list());
  }
}

/** Tables whose name is close to a file name that matches none: "Episodes 2022-23.csv" → episodes. */
function nearestTable(fileName: string): TableName | null {
  const stem = fileName.toLowerCase().replace(/\.[a-z0-9]+$/, "");
  // A table's name inside the name, as a word of letters and underscores.
  for (const table of BY_LENGTH) {
    const at = stem.indexOf(table);
    if (at < 0) continue;
    const before = stem.charAt(at - 1);
    const after = stem.charAt(at + table.length);
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return table;
  }
  // Or a slip of one or two letters ("episode", "epsiodes").
  let best: TableName | null = null;
  let bestDistance = 3;
  for (const table of BY_LENGTH) {
    const distance = editDistance(stem, table);
    if (distance < bestDistance) [best, bestDistance] = [table, distance];
  }
  return best;
}

/** Levenshtein distance, for short names only. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Plans the reading of a file map's paths (data.md §1). `unreadable`: year folders that could
 * not be listed (reported by the caller as `unreadable-folder`; no missing table is added).
 */
export function planFolder(paths: readonly string[], settings: { unreadable?: ReadonlySet<string>; requireTables?: boolean } = {}): FolderPlan {
  const unreadable = settings.unreadable ?? new Set<string>();
  const requireTables = settings.requireTables ?? true;
  const issues: DataIssue[] = [];
  const reportUnknown = (path: string, what: string) => {
    const near = what === "file" ? nearestTable(path.slice(path.lastIndexOf("/") + 1)) : null;
    const hint = near === null ? "" : ` (did you mean ${near}.csv?)`;
    issues.push(unknownFile(path, `${what} ${path} is not a recognised table file or year folder; not read${hint}`));
  };

  const top = listFolder(paths, "");
  const planTables = (folder: Folder, prefix: string): PlannedFile[] => {
    const byTable = new Map<TableName, string>();
    const planned: PlannedFile[] = [];
    for (const name of folder.files) {
      const path = prefix + name;
      const table = tableOfFileName(name);
      if (table === null) {
        reportUnknown(path, "file");
        continue;
      }
      const first = byTable.get(table);
      if (first !== undefined) {
        const sink = new IssueSink(path, table);
        sink.error("duplicate-table", null, null, `${path} is a second file for ${table}.csv in its folder (${first} is read); not read`);
        issues.push(...sink.list());
        continue;
      }
      byTable.set(table, path);
      planned.push({ path, table });
    }
    return planned.sort((a, b) => TABLES.indexOf(a.table) - TABLES.indexOf(b.table));
  };

  if (top.files.some((name) => tableOfFileName(name) !== null)) {
    const files = planTables(top, "");
    // Even a year folder is not read here: table files at the top make the folder one return.
    for (const folder of top.folders) {
      issues.push(unknownFile(folder, `folder ${folder} is not read: the data folder holds table files itself, so it is read as one return`));
    }
    if (requireTables) missingTables(files, null, issues);
    return { years: [{ label: null, endYear: null, files }], issues };
  }

  for (const name of top.files) reportUnknown(name, "file");
  const years: PlannedYear[] = [];
  const seenYears = new Map<number, string>();
  for (const folderName of top.folders) {
    const endYear = parseCollectionYear(folderName);
    if (endYear === null) {
      reportUnknown(folderName, "folder");
      continue;
    }
    const already = seenYears.get(endYear);
    if (already !== undefined) {
      issues.push(unknownFile(folderName, `folder ${folderName} repeats collection year ${collectionYearLabel(endYear)} (read from ${already}); not read`));
      continue;
    }
    seenYears.set(endYear, folderName);
    const folder = listFolder(paths, `${folderName}/`);
    for (const nested of folder.folders) reportUnknown(`${folderName}/${nested}`, "folder");
    const files = planTables(folder, `${folderName}/`);
    if (requireTables && !unreadable.has(folderName)) missingTables(files, folderName, issues);
    if (files.length > 0) years.push({ label: collectionYearLabel(endYear), endYear, files });
  }
  years.sort((a, b) => (a.endYear ?? 0) - (b.endYear ?? 0));
  return { years, issues };
}

function unknownFile(file: string, message: string): DataIssue {
  return { code: "unknown-file", severity: "warning", file, line: null, column: null, message, indicators: [], count: 1, child: null };
}

/** True when the plan reads at least one 903 table (else the CLI has a usage error). */
export function plansA903Table(plan: FolderPlan): boolean {
  return plan.years.some((year) => year.files.some((f) => (TABLES_903 as readonly string[]).includes(f.table)));
}
