import { defineRule } from "../defineRule.js";
import { birthday } from "./ages.js";
import { pairedByChild } from "./checks.js";

/** 234 (from 2025-26): a child under 10 when an episode began has no placement change for custody (REASON_PLACE_CHANGE CUSTOD); both rows fail. */
export const r234 = /* @__PURE__ */ defineRule({
  code: "234",
  since: "2025-26",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [decom, reason] = [episodes.dates("DECOM"), episodes.column("REASON_PLACE_CHANGE")];
    const dob = header.dates("DOB");
    const { left, right } = pairedByChild(episodes, header, (e, h) => reason[e] === "CUSTOD" && decom[e] !== null && dob[h] !== null && birthday(dob[h]!, 10) > decom[e]!);
    return { episodes: left, header: right };
  },
});
