import { describe, expect, it } from "vitest";
import { remaining } from "./remaining.js";

describe("rules 2xx: implementation progress", () => {
  // Lower these as rules land (docs/validation.md, "Adding a rule").
  it("counts the rules of each ruleset with no logic yet", () => {
    expect(remaining("2xx")).toEqual({
      "2022-23": "0 of 25",
      "2023-24": "0 of 27",
      "2024-25": "0 of 27",
      "2025-26": "0 of 29",
      "2026-27": "0 of 29"
    });
  });
});
