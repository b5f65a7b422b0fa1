import { CicScorecardError } from "../../errors.js";
import { CsvScanner, emptyCsvRecord } from "../../io/csv/scanCsv.js";

/**
 * The reference files the DfE rules may read (docs/validation.md, "Reference data") are CSV
 * files published by others (the ONS, the DfE), read by their column names. A file that lacks a
 * column it needs, or holds a value that cannot be read, is a configuration error naming the
 * file, line and column: the rules would otherwise run against partial reference data.
 */
export interface ReferenceColumns<Name extends string> {
  /** Column index per name; -1 for an optional column the file does not have. */
  index: Record<Name, number>;
}

/** Which header names a column may go by (matched trimmed and case-insensitively), and whether it is required. */
export type ColumnAliases<Name extends string> = Record<Name, { aliases: readonly string[]; required: boolean }>;

export function referenceError(file: string, message: string, line?: number, column?: string): CicScorecardError {
  const where = line === undefined ? file : `${file}:${line}${column === undefined ? "" : ` (${column})`}`;
  return new CicScorecardError("invalid_config", `reference data ${where}: ${message}`, file);
}

/** The index of each named column in `header`; throws naming the first required column missing. */
export function referenceColumns<Name extends string>(header: readonly string[], aliases: ColumnAliases<Name>, file: string): ReferenceColumns<Name> {
  const names = header.map((name) => name.trim().toLowerCase());
  const index = {} as Record<Name, number>;
  for (const [name, { aliases: known, required }] of Object.entries(aliases) as [Name, { aliases: readonly string[]; required: boolean }][]) {
    const found = known.map((alias) => names.indexOf(alias.toLowerCase())).find((i) => i >= 0) ?? -1;
    if (found < 0 && required) throw referenceError(file, `no ${known.map((a) => JSON.stringify(a)).join(" or ")} column in its first line`, 1);
    index[name] = found;
  }
  return { index };
}

/**
 * A reference CSV read chunk by chunk (a postcode directory runs to a gigabyte, more than one
 * string may hold), cut anywhere: a line cut by the end of a chunk waits for the next. The first
 * non-blank line is the header, `row` gets every later record with its physical line. Blank
 * lines are skipped.
 */
export class ReferenceCsvReader {
  private header: readonly string[] | null = null;
  private nextLine = 1;
  /** The text after the last line break read so far: the start of a line the next chunk ends. */
  private carried = "";

  constructor(
    readonly file: string,
    private readonly onHeader: (header: readonly string[]) => void,
    private readonly row: (fields: readonly string[], line: number) => void,
  ) {}

  /** Reads the whole lines `chunk` completes; the rest waits for the next chunk or `finish`. */
  read(chunk: string): void {
    const text = this.carried + chunk;
    const cut = text.lastIndexOf("\n") + 1;
    this.carried = text.slice(cut);
    if (cut > 0) this.readLines(text.slice(0, cut));
  }

  /** Reads the last line if it had no line break; throws when the file had no header line. */
  finish(): void {
    if (this.carried !== "") this.readLines(this.carried);
    this.carried = "";
    if (this.header === null) throw referenceError(this.file, "the file is empty");
  }

  private readLines(lines: string): void {
    const scanner = new CsvScanner(this.nextLine === 1 && lines.charCodeAt(0) === 0xfeff ? lines.slice(1) : lines);
    scanner.seek(0, this.nextLine);
    const record = emptyCsvRecord();
    while (scanner.nextInto(record)) {
      if (record.blank) continue;
      if (this.header !== null) this.row(record.fields, record.line);
      else this.onHeader((this.header = [...record.fields]));
    }
    this.nextLine = scanner.line;
  }
}
