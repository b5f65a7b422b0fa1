import { describe, expect, it } from "vitest";
import { remaining } from "./remaining.js";

describe("rules 5xx: implementation progress", () => {
  // Lower these as rules land (docs/validation.md, "Adding a rule").
  it("counts the rules of each ruleset with no logic yet", () => {
    expect(remaining("5xx")).toEqual({
      "2022-23": "36 of 68",
      "2023-24": "36 of 68",
      "2024-25": "34 of 66",
      "2025-26": "34 of 66",
      "2026-27": "34 of 66"
    });
  });
});
