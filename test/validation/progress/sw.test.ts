import { describe, expect, it } from "vitest";
import { remaining } from "./remaining.js";

describe("rules sw: implementation progress", () => {
  // Lower these as rules land (docs/validation.md, "Adding a rule").
  it("counts the rules of each ruleset with no logic yet", () => {
    expect(remaining("sw")).toEqual({
      "2022-23": "0 of 0",
      "2023-24": "0 of 15",
      "2024-25": "0 of 13",
      "2025-26": "0 of 14",
      "2026-27": "0 of 14"
    });
  });
});
