import { defineRule } from "../defineRule.js";
import { firstRowsByChildInOrder, pairedByChild, rowMarks } from "./checks.js";

/** 625: a mother's child (MC_DOB) was born by 31 March and by the end of the mother's latest ended episode (by DEC); both rows fail. */
export const r625 = /* @__PURE__ */ defineRule({
  code: "625",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const dec = episodes.dates("DEC");
    const childDob = header.dates("MC_DOB");
    const latestEnded = rowMarks(
      episodes.rowCount,
      firstRowsByChildInOrder(episodes, ["DEC"], "latest first").filter((row) => dec[row] !== null),
    );
    const { left, right } = pairedByChild(episodes, header, (e, h) => latestEnded[e] === 1 && childDob[h] !== null && (childDob[h]! > data.collectionEnd || childDob[h]! > dec[e]!));
    return { episodes: left, header: right };
  },
});
