import { defineRule } from "../defineRule.js";
import { openBeforeTheLatest } from "./socialWorkers.js";

/** SW14STG2 (2023-24): every social-worker episode of a child but the latest has an end date. */
export const rSW14STG2 = /* @__PURE__ */ defineRule({ code: "SW14STG2", since: "2023-24", check: (data) => ({ sw_episodes: openBeforeTheLatest(data.table("sw_episodes"), false) }) });
