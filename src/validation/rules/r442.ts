import { defineRule } from "../defineRule.js";
import { RESPITE, pairedByChild } from "./checks.js";

/** 442: a child with an episode other than respite (LS V3, V4) has a UPN (the header row fails). */
export const r442 = /* @__PURE__ */ defineRule({
  code: "442",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const ls = episodes.column("LS");
    const upn = header.column("UPN");
    return { header: pairedByChild(episodes, header, (e, h) => !RESPITE.has(ls[e] ?? "") && upn[h] === null).right };
  },
});
