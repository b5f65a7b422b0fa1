import { defineRule } from "../defineRule.js";
import { openBeforeTheLatest } from "./socialWorkers.js";

/** SW08STG2 (from 2023-24): every social-worker episode of a child but the latest has ended (one without a start date is left to SW01). */
export const rSW08STG2 = /* @__PURE__ */ defineRule({ code: "SW08STG2", since: "2023-24", check: (data) => ({ sw_episodes: openBeforeTheLatest(data.table("sw_episodes"), true) }) });
