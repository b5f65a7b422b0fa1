import { describe, expect, it } from "vitest";
import { remaining } from "./remaining.js";

describe("rules 1xx: implementation progress", () => {
  // Lower these as rules land (docs/validation.md, "Adding a rule").
  it("counts the rules of each ruleset with no logic yet", () => {
    expect(remaining("1xx")).toEqual({
      "2022-23": "0 of 63",
      "2023-24": "0 of 63",
      "2024-25": "0 of 63",
      "2025-26": "0 of 63",
      "2026-27": "0 of 63"
    });
  });
});
