import { CODE_LISTS, type CodeCheck, type CodeListName, checkCode } from "../../model/codeLists.js";

export interface CodeEntry {
  /** The code as the list spells it: one shared string per code, however many records use it. */
  code: string;
  check: Exclude<CodeCheck, "unknown">;
}

const tables = new Map<string, ReadonlyMap<string, CodeEntry>>();

/** `checkCode` for every code of a list at once, keyed by upper-case code (cached). */
export function codeTable(listName: CodeListName, endYear: number | null): ReadonlyMap<string, CodeEntry> {
  const key = `${listName} ${endYear ?? ""}`;
  let table = tables.get(key);
  if (table === undefined) {
    const entries = new Map<string, CodeEntry>();
    for (const code of CODE_LISTS[listName].keys()) {
      entries.set(code, { code, check: checkCode(listName, code, endYear) as CodeEntry["check"] });
    }
    table = entries;
    tables.set(key, table);
  }
  return table;
}
