import { defineRule } from "../defineRule.js";

/**
 * 199: a child is adopted from care once: in this year's and last year's episodes together (by a
 * DECOM that is a date; last year's first on the same day), every episode of this year after a
 * child's first adoption (REC E11, E12) fails, a second adoption included.
 */
export const r199 = /* @__PURE__ */ defineRule({
  code: "199",
  optional: ["episodes_last"],
  check: (data) => {
    const episodes = data.table("episodes");
    const last = data.tableOrNull("episodes_last");
    type Entry = { day: number; adoption: boolean; row: number | null; order: number };
    const byChild = new Map<string, Entry[]>();
    const add = (child: string | null, entry: Entry) => {
      if (child === null) return;
      const entries = byChild.get(child);
      if (entries === undefined) byChild.set(child, [entry]);
      else entries.push(entry);
    };
    const tables = last === null ? [episodes] : [last, episodes];
    tables.forEach((table, t) => {
      const [decom, rec] = [table.dates("DECOM"), table.column("REC")];
      for (let row = 0; row < table.rowCount; row += 1) {
        if (decom[row] == null) continue;
        add(table.childOf(row), { day: decom[row]!, adoption: rec[row] === "E11" || rec[row] === "E12", row: table === episodes ? row : null, order: t });
      }
    });
    const flagged: number[] = [];
    for (const entries of byChild.values()) {
      entries.sort((a, b) => a.day - b.day || a.order - b.order || (a.row !== null && b.row !== null ? episodes.compareContents(a.row, b.row) : 0));
      let adoptions = 0;
      for (const entry of entries) {
        if (entry.adoption) adoptions += 1;
        if (entry.row !== null && adoptions > 0 && !(entry.adoption && adoptions === 1)) flagged.push(entry.row);
      }
    }
    return { episodes: flagged };
  },
});
