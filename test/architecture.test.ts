import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Imports go one way: cli, web → app → io → core ← sheets. The core must bundle for Apps
 * Script, so it imports no `node:` module and nothing from io, cli or sheets; io never imports
 * cli; sheets never imports io. app (one report or validation job, shared by the CLI and the
 * browser page) and web (the page) stay pure too.
 */
const SRC = resolve(__dirname, "../src");
const CORE = ["dates", "numbers", "model", "config", "history", "indicators", "evaluate", "scorecard"];

const CORE_RANK: Record<string, number> = {
  dates: 0, numbers: 0, "errors.ts": 0,
  model: 1, // the records, the cohort and the options that shape how it is counted
  history: 2,
  indicators: 3,
  evaluate: 4,
  config: 5, // a user's config names indicators and evaluation settings
  scorecard: 6,
};

/** The rank of a core file's folder, or null outside the ranked core. */
function coreRankOf(file: string): number | null {
  const first = relative(SRC, file).split(/[\\/]/)[0]!;
  return CORE_RANK[first] ?? null;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function layerOf(file: string): string {
  const rel = relative(SRC, file).split(/[\\/]/);
  // index.ts is the public barrel (core plus the pure io edge); node.ts and node/ (its files and
  // its reading worker) are the Node edge.
  if (rel.length === 1) return rel[0] === "node.ts" ? "io" : rel[0] === "index.ts" ? "api" : "core";
  if (rel[0] === "node") return "io";
  return CORE.includes(rel[0]!) ? "core" : rel[0]!;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/gm), ...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
}

const FORBIDDEN: Record<string, string[]> = {
  // The DfE rules read files raw with the io scanner; they must still run in a browser.
  validation: ["cli", "sheets", "node:", "app", "web"],
  core: ["io", "cli", "sheets", "node:", "app", "web"],
  io: ["cli", "sheets", "app", "web"],
  app: ["cli", "sheets", "node:", "web"],
  web: ["cli", "sheets", "node:"],
  sheets: ["io", "cli", "node:"],
  api: ["cli", "sheets", "node:"],
};

describe("architecture", () => {
  const violations: string[] = [];
  const rankViolations: string[] = [];
  for (const file of files(SRC)) {
    const layer = layerOf(file);
    const rank = coreRankOf(file);
    for (const spec of importsOf(file)) {
      if (rank !== null && spec.startsWith(".")) {
        const target = resolve(dirname(file), spec).replace(/\.js$/, ".ts");
        const targetRank = coreRankOf(target);
        if (targetRank !== null && targetRank > rank) rankViolations.push(`${relative(SRC, file)} imports ${spec} (rank ${targetRank} > ${rank})`);
      }
      const target = spec.startsWith(".") ? layerOf(resolve(dirname(file), spec).replace(/\.js$/, ".ts")) : spec.startsWith("node:") ? "node:" : "package";
      if ((FORBIDDEN[layer] ?? []).includes(target)) violations.push(`${relative(SRC, file)} (${layer}) imports ${spec} (${target})`);
    }
  }

  it("keeps imports pointing one way", () => {
    expect(violations).toEqual([]);
  });

  it("keeps the core's folders ranked: dates, numbers < model < history < indicators < evaluate < config < scorecard", () => {
    expect(rankViolations).toEqual([]);
  });

  it("checks what it claims to: a core file importing io would be caught", () => {
    expect(coreRankOf(join(SRC, "evaluate/rag.ts"))).toBeLessThan(coreRankOf(join(SRC, "scorecard/types.ts"))!);
    expect(coreRankOf(join(SRC, "history/historyIndex.ts"))).toBeGreaterThan(coreRankOf(join(SRC, "model/options.ts"))!);
    expect(coreRankOf(join(SRC, "io/csv/scanCsv.ts"))).toBeNull();
    expect(layerOf(join(SRC, "indicators/registry.ts"))).toBe("core");
    expect(layerOf(join(SRC, "io/csv/scanCsv.ts"))).toBe("io");
    expect(layerOf(join(SRC, "node/readWorker.ts"))).toBe("io");
    expect(FORBIDDEN.core).toContain("io");
  });
});
