import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

/**
 * Debian's Chromium for the browser tests, driven by playwright-core. CHROMIUM_PATH overrides
 * where it is looked for; without one the suites are skipped, saying why.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
export const chromiumPath = CANDIDATES.find((path): path is string => path !== undefined && path !== "" && existsSync(path));

export function warnWithoutChromium(suite: string): void {
  if (chromiumPath !== undefined) return;
  console.warn(
    `[${suite}] skipped: no Chromium at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome (apt-get install -y chromium)`,
  );
}

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

/**
 * axe-core's serious and critical violations on the page, and the rules it ran. Evaluated over
 * the DevTools protocol rather than as a script tag, so a page whose CSP forbids inline
 * scripts can be checked without weakening it.
 */
export async function axeScan(page: Page): Promise<{ serious: string[]; ran: string[] }> {
  const require = createRequire(import.meta.url);
  await page.evaluate(`${readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")}\n;undefined`);
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResults;
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  const ran = [...results.passes, ...results.incomplete, ...results.violations].map((rule) => rule.id);
  return { serious, ran };
}
