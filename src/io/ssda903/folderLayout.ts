import { collectionYearLabel, parseCollectionYear } from "../../dates/collectionYear.js";
import { compareText, type DataIssue } from "../../model/issue.js";
import { TABLES, TABLES_903, type TableName } from "../../model/tables.js";
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

/** Plans the reading of a file map's paths (data.md §1). */
export function planFolder(paths: readonly string[]): FolderPlan {
  const issues: DataIssue[] = [];
  const reportUnknown = (path: string, what: string) =>
    issues.push(unknownFile(path, `${what} ${path} is not a recognised table file or year folder; not read`));

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
