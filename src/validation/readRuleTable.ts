import { decodeBytes } from "../io/csv/decode.js";
import { CsvScanner, emptyCsvRecord } from "../io/csv/scanCsv.js";
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
export function readRuleTable(content: FileContent, key: TableKey, file: string, maxLines: number = READ_LIMITS.lines): RuleTable | null {
  // A file the reader reports as too-large (not opened, or beyond its limits) is not read here either.
  if (typeof content === "object" && "notRead" in content) return null;
  if (content.length > READ_LIMITS.bytes) return null;
  let text = typeof content === "string" ? content : decodeBytes(content).text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0 || text.indexOf("\u0000") >= 0 || linesOver(text, maxLines)) return null;

  const scanner = new CsvScanner(text);
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
