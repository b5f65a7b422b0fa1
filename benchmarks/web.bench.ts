/**
 * The browser page's speed (issue: a 5,000-children three-year folder on screen ≤ 2 s after
 * the upload; 80,000 ≤ 10 s without the tab running out of memory), in headless Chromium,
 * beside the CLI's `report --format json` on the same folder in the same run (read the ratio:
 * these machines are noisy).
 *
 *   npx tsx benchmarks/web.bench.ts [--sizes 5000,80000] [--seed 1]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { generate903 } from "./generator/generate903.js";
import { writeFileMap } from "./generator/writeFileMap.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "5000" }, seed: { type: "string", default: "1" } } });
const sizes = values.sizes.split(",").map(Number);
const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => p !== undefined && existsSync(p));
if (chromiumPath === undefined) {
  console.log("no Chromium (set CHROMIUM_PATH): nothing measured");
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "cic-web-bench-"));
try {
  execFileSync(process.execPath, ["scripts/build-web.mjs", "--quiet", "--out", work]);
  const rows: string[] = [];
  for (const children of sizes) {
    const data = join(work, `data-${children}`);
    writeFileMap(generate903({ children, years: ["2016-17", "2017-18", "2018-19"], seed: Number(values.seed) }), data);
    const cliStarted = performance.now();
    const cli = spawnSync(process.execPath, ["dist/cli.js", "report", "--data", data, "--as-at", "2019-03-31", "--format", "json"], { maxBuffer: 1 << 30 });
    const cliMs = performance.now() - cliStarted;
    const context = await chromium.launchPersistentContext(join(work, `profile-${children}`), { executablePath: chromiumPath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
    const page = context.pages()[0] ?? (await context.newPage());
    let crashed = false;
    page.on("crash", () => (crashed = true));
    await page.goto(pathToFileURL(join(work, "index.html")).href);
    await page.fill("#as-at", "2019-03-31");
    const started = performance.now();
    await page.setInputFiles("#data-files", data);
    await page.waitForSelector('#status[data-state="done"], #status[data-state="error"]', { timeout: 120_000 }).catch(() => undefined);
    const onScreenMs = performance.now() - started;
    const state = crashed ? "crashed" : await page.getAttribute("#status", "data-state");
    await page.waitForSelector('#validation[data-state="done"], #validation[data-state="error"]', { timeout: 300_000 }).catch(() => undefined);
    const validatedMs = performance.now() - started;
    const validation = crashed ? "crashed" : await page.getAttribute("#validation", "data-state");
    const heapMb = crashed ? null : ((await page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : null")) as number | null);
    await context.close();
    const target = children <= 5000 ? 2000 : 10000;
    rows.push(
      `| ${children.toLocaleString("en-GB")} | ${state} | ${(onScreenMs / 1000).toFixed(2)} | ${(validatedMs / 1000).toFixed(2)} (${validation}) | ${(cliMs / 1000).toFixed(2)} (exit ${cli.status}) | ${(onScreenMs / cliMs).toFixed(2)} | ${heapMb === null ? "—" : (heapMb / 1024 / 1024).toFixed(0)} | ≤ ${target / 1000} s: ${onScreenMs <= target && state === "done" ? "met" : "missed"} |`,
    );
  }
  console.log("| children × 3 years | page state | on screen s | + validation s | CLI report --format json s | page ÷ CLI | page heap MB (main thread) | target |");
  console.log("|---:|---|---:|---:|---:|---:|---:|---|");
  for (const row of rows) console.log(row);
} finally {
  rmSync(work, { recursive: true, force: true });
}
