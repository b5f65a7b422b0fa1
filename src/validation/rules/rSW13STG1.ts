import { defineRule, rowsWhere, type RuleData } from "../defineRule.js";
import { listCodes } from "./checks.js";
import { REASONS_REQUIRED_FROM } from "./socialWorkers.js";

const REASONS = listCodes("SW_REASON", 2024);

/** SW13STG1 (2023-24): the reason for a social-worker change is one of the codes (blank fails). */
export const rSW13STG1 = /* @__PURE__ */ defineRule({
  code: "SW13STG1",
  since: "2023-24",
  scope: "row",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const reason = sw.column("SW_REASON");
    return { sw_episodes: rowsWhere(sw, (row) => !REASONS.has(reason[row] ?? "")) };
  },
});

/** SW13STG1 from 2024-25: a reason given is one of the codes; a blank one fails only for an episode begun from 1 April 2023. */
export const rSW13STG1From2024 = /* @__PURE__ */ defineRule({
  code: "SW13STG1",
  since: "2024-25",
  scope: "row",
  check: (data: RuleData) => {
    const sw = data.table("sw_episodes");
    const reason = sw.column("SW_REASON");
    const start = sw.dates("SW_DECOM");
    return {
      sw_episodes: rowsWhere(sw, (row) => (reason[row] === null ? start[row] !== null && start[row]! >= REASONS_REQUIRED_FROM : !REASONS.has(reason[row]!))),
    };
  },
});
