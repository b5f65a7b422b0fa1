import { describe, expect, it } from "vitest";
import { remaining } from "./remaining.js";

describe("rules 6xx: implementation progress", () => {
  // Lower these as rules land (docs/validation.md, "Adding a rule").
  it("counts the rules of each ruleset with no logic yet", () => {
    expect(remaining("6xx")).toEqual({
      "2022-23": "2 of 17",
      "2023-24": "2 of 17",
      "2024-25": "2 of 17",
      "2025-26": "2 of 17",
      "2026-27": "2 of 17"
    });
  });
});
