import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { GOLDEN_CASES, type GoldenCase } from "./cases.js";
import { expectedFile, runGolden } from "./runGolden.js";

// Byte-for-byte: the CLI's output for each case equals the file written before the change.
// A figure that moves shows up here even when every unit test still passes.
let outputs: Map<GoldenCase, { code: number; output: string }>;
beforeAll(async () => {
  outputs = await runGolden();
}, 120_000);

describe("golden outputs", () => {
  it.each(GOLDEN_CASES.map((golden) => [golden.name, golden] as const))("%s is byte-identical", (_name, golden) => {
    const { output } = outputs.get(golden)!;
    expect(output.length).toBeGreaterThan(0);
    expect(output).toBe(readFileSync(expectedFile(golden), "utf8"));
  });
});
