import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, pairedByChild } from "./checks.js";

/**
 * 334: the decision that a child should be placed for adoption (AD1 DATE_INT) is not before the
 * start of the child's latest period of care (the latest episode with RNE S); both rows fail.
 */
export const r334 = /* @__PURE__ */ defineRule({
  code: "334",
  check: (data) => {
    const [episodes, ad1] = [data.table("episodes"), data.table("ad1")];
    const [rne, decom] = [episodes.column("RNE"), episodes.dates("DECOM")];
    const decided = ad1.dates("DATE_INT");
    const latestStarts = new Set(
      episodesByChildInOrder(episodes)
        .map((rows) => rows.filter((row) => rne[row] === "S" && decom[row] !== null).at(-1))
        .filter((row): row is number => row !== undefined),
    );
    const { left, right } = pairedByChild(episodes, ad1, (e, a) => latestStarts.has(e) && decided[a] !== null && decided[a]! < decom[e]!);
    return { episodes: left, ad1: right };
  },
});
