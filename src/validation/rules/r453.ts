import { defineRule } from "../defineRule.js";
import { distanceChangedSinceLastYear } from "./lastYearEpisodes.js";

/** 453: the placement distance carries on from last year's open episode when the reason for new episode is the same. */
export const r453 = /* @__PURE__ */ defineRule({ code: "453", check: (data) => ({ episodes: distanceChangedSinceLastYear(data, true) }) });
