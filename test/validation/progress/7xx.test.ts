import { describe, expect, it } from "vitest";
import { remaining } from "./remaining.js";

describe("rules 7xx: implementation progress", () => {
  // Lower these as rules land (docs/validation.md, "Adding a rule").
  it("counts the rules of each ruleset with no logic yet", () => {
    expect(remaining("7xx")).toEqual({
      "2022-23": "0 of 0",
      "2023-24": "0 of 0",
      "2024-25": "0 of 0",
      "2025-26": "0 of 0",
      "2026-27": "0 of 11"
    });
  });
});
