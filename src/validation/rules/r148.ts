import { defineRule } from "../defineRule.js";
import { givenTogether } from "./checks.js";

/** 148: DEC and REC are both given or both blank. */
export const r148 = /* @__PURE__ */ defineRule({
  code: "148",
  scope: "row",
  check: (data) => ({ episodes: givenTogether(data.table("episodes"), ["DEC", "REC"]) }),
});
