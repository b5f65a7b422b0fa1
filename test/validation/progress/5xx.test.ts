import { describe, expect, it } from "vitest";
import { remaining } from "./remaining.js";

describe("rules 5xx: implementation progress", () => {
  // Lower these as rules land (docs/validation.md, "Adding a rule").
  it("counts the rules of each ruleset with no logic yet", () => {
    expect(remaining("5xx")).toEqual({
      "2022-23": "0 of 68",
      "2023-24": "0 of 68",
      "2024-25": "0 of 66",
      "2025-26": "0 of 66",
      "2026-27": "0 of 66"
    });
  });
});
