import { defineRule, rowsWhere } from "../defineRule.js";

/** A number as the DfE's tool reads one (spaces around it allowed, `1.0` is 1); NaN otherwise. */
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
const asNumber = (value: string | null): number => (value !== null && NUMBER.test(value) ? Number(value) : Number.NaN);

/** 105: UASC is 0 or 1 as a number (blank fails). */
export const r105 = defineRule({
  code: "105",
  check: (data) => {
    const header = data.table("header");
    const uasc = header.column("UASC");
    return {
      header: rowsWhere(header, (row) => {
        const n = asNumber(uasc[row] ?? null);
        return n !== 0 && n !== 1;
      }),
    };
  },
});
