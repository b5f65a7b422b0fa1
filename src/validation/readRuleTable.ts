import { UnreadableSource } from "../io/csv/byteSource.js";
import { CsvScanner, emptyCsvRecord } from "../io/csv/scanCsv.js";
import { TextWindows, WindowTooLarge, nulAndLineBreaks, readDecoded, readableText } from "../io/csv/textWindows.js";
import { type FileContent, READ_LIMITS, linesOver } from "../io/ssda903/readTable.js";
import { RuleTable, type TableKey } from "./ruleTable.js";

/**
 * Reads one file raw for the rules, with the project's decoder and CSV scanner: the header is
 * the first non-blank line (names trimmed, upper-cased); every later record is a row, whether
 * or not the reader would reject it. A line that is empty or only spaces and tabs is no row
 * (as the DfE's tool skips it); a line of commas is a row of blanks. A short record is padded
 * with blanks; fields past the header's are ignored. Null when the file has no header
 * (empty, NUL bytes, or blank throughout): the rules see the table as absent.
 */
export function readRuleTable(content: FileContent, key: TableKey, file: string, maxLines: number = READ_LIMITS.lines, chunkBytes?: number): RuleTable | null {
  // A file the reader reports as too-large (not opened, or beyond its limits) is not read here either.
  if (typeof content === "object" && "notRead" in content) return null;
  if (content.length > READ_LIMITS.bytes) return null;
  try {
    const readable = readableText(content);
    if ("text" in readable) {
      // A second BOM is dropped too (after UTF-16's), as the first character of the text decoded whole was.
      const text = typeof content !== "string" && readable.text.charCodeAt(0) === 0xfeff ? readable.text.slice(1) : readable.text;
      if (text.length === 0 || text.indexOf("\u0000") >= 0 || linesOver(text, maxLines)) return null;
      return readRows(TextWindows.ofText(text), key, file);
    }
    const { bytes, from } = readable;
    const { hasNul, linesOver: tooMany } = nulAndLineBreaks(bytes, from, maxLines);
    if (bytes.length === from || hasNul || tooMany) return null;
    return readDecoded(bytes, { from, chunkBytes }, (windows, encoding) => {
      // A second BOM is skipped too, as the first character of the text decoded whole was.
      const start = encoding === "utf-8" && windows.text.charCodeAt(0) === 0xfeff ? 1 : 0;
      return readRows(windows, key, file, start);
    });
  } catch (error) {
    // A file the reader could not use is absent for the rules too.
    if (error instanceof WindowTooLarge || error instanceof UnreadableSource) return null;
    throw error;
  }
}

/** The file's rows from offset `start` (see `readRuleTable`). */
function readRows(windows: TextWindows, key: TableKey, file: string, start = 0): RuleTable | null {
  const scanner = new CsvScanner(windows);
  scanner.seek(start, 1);
  let header: string[] | null = null;
  let columns: string[][] = [];
  const lines: number[] = [];
  const record = emptyCsvRecord();
  while (scanner.nextInto(record)) {
    if (header === null) {
      if (!record.blank) {
        header = record.fields.map((name) => name.trim().toUpperCase());
        columns = header.map(() => []);
      }
      continue;
    }
    if (isEmptyLine(record.fields) && record.quoteLine === null) continue;
    for (let k = 0; k < header.length; k += 1) columns[k]!.push(record.fields[k] ?? "");
    lines.push(record.line);
  }
  if (header === null) return null;
  return new RuleTable(key, file, header, columns, lines);
}

/** One field of only spaces and tabs (or none): a line the DfE's reader skips. */
function isEmptyLine(fields: readonly string[]): boolean {
  return fields.length <= 1 && /^[ \t]*$/.test(fields[0] ?? "");
}
