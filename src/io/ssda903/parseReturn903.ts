import { collectionYearEnd } from "../../dates/collectionYear.js";
import type { Day } from "../../dates/day.js";
import { compareIssues, compareText, type DataIssue, type DataQuality, type FileAccount } from "../../model/issue.js";
import { DatedRows } from "../../model/childRows.js";
import { EpisodeRows } from "../../model/episodeRows.js";
import { HeaderRows } from "../../model/headerRows.js";
import type { TableRecords } from "../../model/records.js";
import { type CollectionYearReturn, emptyTableRecords, type Return903 } from "../../model/return903.js";
import { TABLES, type TableName } from "../../model/tables.js";
import { crossRecordIssues } from "./crossChecks.js";
import { type FolderPlan, planFolder } from "./folderLayout.js";
import { SharedIds } from "./sharedIds.js";
import { type FileContent, type FileContext, readTable, type TableRead } from "./readTable.js";
import { IssueSink } from "./issueSink.js";

export interface ParseReturn903Options {
  /** The as-at day; decides the century of DD/MM/YY dates in a single return (data.md §3). */
  asAt?: Day;
  /** Called as each file has been read (for progress lines in a terminal). */
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Report a year (or one return) without episodes.csv or header.csv as `missing-table`
   * (data.md §7). Default true; false reads the files given and nothing more (tests of one table).
   */
  requireTables?: boolean;
  /** Year folders that could not be listed, by folder name (`2021-22`) → why: `unreadable-folder` errors. */
  unreadableFolders?: ReadonlyMap<string, string>;
  /**
   * The most lines one file may hold: a longer one is `too-large`, not read. Default
   * `READ_LIMITS.lines` (500,000); `loadFolder903` sets it from the memory the process may use.
   */
  maxLinesPerFile?: number;
}

/** Where a long load has got to: the file just read, or the stitching stage. */
export type LoadProgress = { stage: "file"; file: string; rowsRead: number } | { stage: "stitching" };

/** A file map: path relative to the data folder (with `/`) → text or bytes. */
export type Files903 = Readonly<Record<string, FileContent>>;

/**
 * Reads a 903 file map into typed records by collection year, with a full data-quality account
 * (data.md). Pure and never throws on bad data: every problem is an issue, and for every file
 * read `rowsRead = rowsUsed + rowsRejected`.
 *
 * @example
 * ```ts
 * const { return903, dataQuality } = parseReturn903({ "2018-19/episodes.csv": episodesCsvText }, { requireTables: false });
 * console.log(return903.years[0]?.tables.episodes?.length, dataQuality.files[0]?.rowsRejected);
 * ```
 */
export function parseReturn903(files: Files903, options: ParseReturn903Options = {}): { return903: Return903; dataQuality: DataQuality } {
  return parseListedReturn903(Object.keys(files), (path) => files[path]!, options);
}

/**
 * `parseReturn903` over the listed PATHS, asking `contentOf` for each table file just before
 * reading it: a caller that reads from disk then holds one file's bytes at a time, not the
 * whole folder's.
 */
export function parseListedReturn903(
  paths: readonly string[],
  contentOf: (path: string) => FileContent,
  options: ParseReturn903Options = {},
): { return903: Return903; dataQuality: DataQuality } {
  const planned = planReturn903(paths, options);
  const reads = new Map<string, TableRead>();
  const childIds = new SharedIds();
  for (const file of planned.files) {
    const read = readPlannedFile(file, contentOf(file.path), childIds);
    reads.set(file.path, read);
    options.onProgress?.({ stage: "file", file: file.path, rowsRead: read.account.rowsRead });
  }
  return assembleReturn903(planned, (path) => reads.get(path)!);
}

/** A table file of a planned return, with all the reader needs to know before opening it. */
export interface ReturnFile {
  path: string;
  /** Without `childIds`: each reader of files shares its own (`readPlannedFile`). */
  context: Omit<FileContext, "childIds">;
}

/** Which files a return reads, in reading order, and the issues known before any is read. */
export interface ReturnPlan {
  plan: FolderPlan;
  files: ReturnFile[];
  issues: DataIssue[];
}

/**
 * The files of PATHS to read, in order (years oldest first, each year's tables in data.md
 * order), each with its context. Reading them is independent: a caller may read them in any
 * order, or in another thread, and `assembleReturn903` gives the same return.
 */
export function planReturn903(paths: readonly string[], options: ParseReturn903Options = {}): ReturnPlan {
  const unreadable = options.unreadableFolders ?? new Map<string, string>();
  const plan = planFolder(paths, { unreadable: new Set(unreadable.keys()), requireTables: options.requireTables ?? true });
  const files: ReturnFile[] = [];
  for (const planned of plan.years) {
    const latestTwoDigitDay = planned.endYear !== null ? collectionYearEnd(planned.endYear) : (options.asAt ?? null);
    for (const { path, table } of planned.files) {
      files.push({ path, context: { file: path, table, label: planned.label, endYear: planned.endYear, latestTwoDigitDay, maxLines: options.maxLinesPerFile } });
    }
  }
  return { plan, files, issues: [...plan.issues, ...unreadableFolderIssues(unreadable)] };
}

/** Reads one planned file from CONTENT, its child ids shared with the files `childIds` has seen. */
export function readPlannedFile(file: ReturnFile, content: FileContent, childIds: SharedIds): TableRead {
  childIds.startFile(file.context.table);
  const read = readTable(content, { ...file.context, childIds });
  childIds.endFile();
  return read;
}

/** The return and its data-quality account from every planned file's read (`readOf`). */
export function assembleReturn903(planned: ReturnPlan, readOf: (path: string) => TableRead): { return903: Return903; dataQuality: DataQuality } {
  const issues: DataIssue[] = [...planned.issues];
  const accounts: FileAccount[] = [];
  const years: CollectionYearReturn[] = planned.plan.years.map((year) => {
    const records = emptyTableRecords();
    const tables: TableName[] = [];
    for (const { path, table } of year.files) {
      const read = readOf(path);
      accounts.push(read.account);
      for (const issue of read.issues) issues.push(issue); // push(...) overflows the stack on huge lists
      if (read.used) {
        tables.push(table);
        (records as Record<TableName, TableRecords[TableName]>)[table] = read.records;
      }
    }
    tables.sort((a, b) => TABLES.indexOf(a) - TABLES.indexOf(b));
    return { label: year.label, endYear: year.endYear, tables, records };
  });

  numberReadOrder(years);
  for (const issue of crossRecordIssues(years)) issues.push(issue);
  issues.sort(compareIssues);
  accounts.sort((a, b) => compareText(a.file, b.file));
  return { return903: { years }, dataQuality: { files: accounts, issues } };
}

/** `unreadable-folder` (data.md §7): the year is missing from every figure, so it is an error. */
function unreadableFolderIssues(folders: ReadonlyMap<string, string>): DataIssue[] {
  return [...folders].map(([folder, why]) => {
    const sink = new IssueSink(folder, "episodes");
    sink.error("unreadable-folder", null, null, `year folder ${folder} cannot be read (${why}); its year is missing from every figure`);
    return sink.list()[0]!;
  });
}

/** readOrder: years oldest first, then tables in data.md order, then line. */
function numberReadOrder(years: CollectionYearReturn[]): void {
  let order = 0;
  for (const year of years) {
    for (const table of TABLES) {
      const rows = year.records[table];
      if (rows instanceof DatedRows || rows instanceof HeaderRows || rows instanceof EpisodeRows) {
        const readOrder = rows instanceof DatedRows ? rows.readOrder : rows.columns.readOrder;
        for (let k = 0; k < readOrder.length; k += 1) readOrder[k] = order++;
        continue;
      }
      // An indexed loop: a for-of over millions of records here kept making iterator objects.
      const records = rows as TableRecords[TableName] & unknown[] as { readOrder: number }[];
      for (let k = 0; k < records.length; k += 1) records[k]!.readOrder = order++;
    }
  }
}
