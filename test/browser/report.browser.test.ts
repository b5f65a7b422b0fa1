import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, axeScan, chromiumPath, warnWithoutChromium } from "./chromium.js";
import { renderHtml } from "../../src/io/write/html.js";
import { scorecardReportFixture } from "../fixtures/scorecardReport.js";

/** The HTML report in a real browser, with axe-core for accessibility (./chromium.ts). */
warnWithoutChromium("report.browser.test");

describe.skipIf(chromiumPath === undefined)("renderHtml in Chromium", () => {
  const report = scorecardReportFixture();
  let folder: string;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let pageUrl: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "cic-scorecard-browser-"));
    const file = join(folder, "report.html");
    writeFileSync(file, renderHtml(report, { council: "Peterborough City Council" }));
    pageUrl = pathToFileURL(file).href;
    // A fresh profile each run (playwright passes it as --user-data-dir).
    context = await chromium.launchPersistentContext(join(folder, "profile"), {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pageUrl);
  });

  afterAll(async () => {
    await context?.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it("renders without console errors and fetches nothing but itself", async () => {
    expect(await page.locator("h1").textContent()).toBe("Children in care scorecard");
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pageUrl]);
  });

  it("draws each chart with one point per month that has a value", async () => {
    for (const indicator of report.indicators) {
      const rows = page.locator(`tbody.indicator[data-id="${indicator.id}"]`);
      const expected = (indicator.series ?? []).filter((point) => point.value !== null).length;
      expect(await rows.locator("svg.chart circle.point").count(), indicator.id).toBe(expected);
      expect(await rows.locator("svg.chart").count(), indicator.id).toBe(expected === 0 ? 0 : 1);
    }
  });

  it("lays each chart out at a visible size", async () => {
    const boxes = await page.locator("svg.chart").evaluateAll((charts) =>
      charts.map((chart) => {
        const box = (chart as unknown as { getBoundingClientRect(): { width: number; height: number } }).getBoundingClientRect();
        return [box.width, box.height];
      }),
    );
    expect(boxes.length).toBe(report.indicators.filter((indicator) => indicator.series !== undefined).length);
    for (const box of boxes) expect(box).toEqual([150, 44]);
  });

  it("shows a hostile title and child id as text, running nothing", async () => {
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.locator("tbody.indicator[data-id=local-custom] th").textContent()).toContain(
      "Local measure <script>alert('title')</script>",
    );
    expect(await page.locator("section.drill-down").textContent()).toContain("<script>alert('child')</script>");
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const { serious, ran } = await axeScan(page);
    expect(serious).toEqual([]);
    // axe ran its contrast and table rules, so an empty list means something.
    expect(ran).toEqual(expect.arrayContaining(["color-contrast", "th-has-data-cells", "svg-img-alt"]));
  });

  it("prints on A4 landscape pages", async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [
      Math.round(Number(match[1])),
      Math.round(Number(match[2])),
    ]);
    expect(boxes.length).toBeGreaterThan(1);
    // A4 landscape in points: 842 × 595.
    for (const box of boxes) expect(box).toEqual([842, 595]);
  });
});
