import { defineRule } from "../defineRule.js";
import { placedTooYoung } from "./placementAges.js";

/** 371: a child in semi-independent living (H5) was 14 when the episode began. */
export const r371 = /* @__PURE__ */ defineRule({ code: "371", check: placedTooYoung("H5", 14) });

/** 371 in 2023-24: 16. */
export const r371From2023 = /* @__PURE__ */ defineRule({ code: "371", since: "2023-24", check: placedTooYoung("H5", 16) });

/** 371 from 2024-25, when supported accommodation is K3: 16 for K3. */
export const r371From2024 = /* @__PURE__ */ defineRule({ code: "371", since: "2024-25", check: placedTooYoung("K3", 16) });
