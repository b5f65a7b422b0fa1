import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, axeScan, chromiumPath, warnWithoutChromium } from "./chromium.js";
import { renderHtml } from "../../src/io/write/html.js";
import { runCliInProcess } from "../fixtures/cliRun.js";
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
    for (const box of boxes) expect(box).toEqual([190, 48]);
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

/** Pages in a PDF that Chromium printed. */
function pageCount(pdf: Buffer): number {
  return [...pdf.toString("latin1").matchAll(/\/Type\s*\/Page(?!s)/g)].length;
}

describe.skipIf(chromiumPath === undefined)("the example's committee pack in Chromium", () => {
  let folder: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "cic-scorecard-pack-"));
    const example = "examples/peterborough-2019-01";
    const { stdout } = await runCliInProcess(["report", "--data", example, "--as-at", "2019-01-31", "--config", `${example}/config.json`, "--format", "html"]);
    writeFileSync(join(folder, "pack.html"), stdout);
    context = await chromium.launchPersistentContext(join(folder, "profile"), { executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pathToFileURL(join(folder, "pack.html")).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  const shot = (name: string) => (process.env.UPDATE_SCREENSHOTS === "1" ? join("docs/img", name) : join(folder, name));

  it("prints on at most 6 A4 landscape pages", async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it("reflows at 390 and 768 px: nothing scrolls sideways", async () => {
    for (const width of [390, 768]) {
      await page.setViewportSize({ width, height: 900 });
      const [scrollWidth, clientWidth] = (await page.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")) as number[];
      expect(scrollWidth, `${width} px`).toBeLessThanOrEqual(clientWidth!);
      await page.screenshot({ path: shot(`report-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: shot("report-1280.png") });
  });

  it("has no serious or critical accessibility violations", async () => {
    const { serious } = await axeScan(page);
    expect(serious).toEqual([]);
  });

  it("names the council and the as-at date in its title, and says how the figures were made", async () => {
    expect(await page.title()).toBe("Children in care scorecard: Peterborough, 31 January 2019");
    expect(await page.locator("footer.provenance").textContent()).toMatch(/Produced by cic-scorecard \S+ from the 903 returns for 2016-17, 2017-18, 2018-19 for Peterborough/);
  });
});
