import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate903 } from "../../benchmarks/generator/generate903.js";
import { writeFileMap } from "../../benchmarks/generator/writeFileMap.js";
import { tableCells } from "../../src/io/write/table.js";
import type { IndicatorResult } from "../../src/scorecard/types.js";
import { runCliInProcess } from "../fixtures/cliRun.js";
import { POSTCODE_DIRECTORY } from "../validation/rules/referenceFixture.js";
import { CHROMIUM_ARGS, axeScan, chromiumPath, warnWithoutChromium } from "./chromium.js";

/**
 * The browser page (dist/web/index.html), built from the current source, opened from disk in
 * Chromium: a folder chosen through the fixed hooks gives the CLI's figures and downloads, the
 * page makes no network request, and axe finds nothing serious in each state. Screenshots for
 * the README are written to docs/img/ with UPDATE_SCREENSHOTS=1 (else to a temporary folder).
 */
warnWithoutChromium("page.browser.test");

const EXAMPLE = "examples/peterborough-2019-01";

describe.skipIf(chromiumPath === undefined)("the browser page in Chromium", () => {
  let folder: string;
  let context: BrowserContext;
  let page: Page;
  let pageUrl: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "cic-scorecard-page-"));
    execFileSync(process.execPath, ["scripts/build-web.mjs", "--quiet", "--out", folder]);
    pageUrl = pathToFileURL(join(folder, "index.html")).href;
    context = await chromium.launchPersistentContext(join(folder, "profile"), { executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, acceptDownloads: true });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(pageUrl);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  const shotPath = (name: string) => (process.env.UPDATE_SCREENSHOTS === "1" ? join("docs/img", name) : join(folder, name));
  /** The top of a section, for the README (small PNGs). */
  const shoot = async (selector: string, name: string) => {
    const path = shotPath(name);
    const box = (await page.locator(selector).boundingBox())!; // relative to the viewport
    const scrollY = (await page.evaluate("window.scrollY")) as number;
    await page.screenshot({ path, fullPage: true, clip: { x: box.x, y: box.y + scrollY, width: box.width, height: Math.min(box.height, 700) } });
  };
  const done = () => page.waitForSelector('#status[data-state="done"], #status[data-state="error"]', { timeout: 60_000 });
  const download = async (button: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    return readFileSync(await file.path());
  };

  /** Every indicator's four fixed fields hold the text the CLI's table prints for it. */
  async function expectFigures(cliJson: string): Promise<void> {
    const report = JSON.parse(cliJson) as { indicators: IndicatorResult[] };
    const shown = await page.$$eval("#scorecard [data-indicator]", (rows) =>
      rows.map((row) => ({
        id: row.getAttribute("data-indicator"),
        ...Object.fromEntries(["value", "numerator", "denominator", "rag"].map((f) => [f, row.querySelector(`[data-field="${f}"]`)?.textContent ?? null])),
      })),
    );
    expect(shown).toEqual(report.indicators.map((i) => {
      const cells = tableCells(i);
      return { id: i.id, value: cells.value, numerator: cells.numerator, denominator: cells.denominator, rag: cells.rag };
    }));
  }

  it("is one file whose policy forbids every connection", () => {
    const html = readFileSync(join(folder, "index.html"), "utf8");
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("default-src 'none'");
    // Nothing loaded from elsewhere: no script or stylesheet by address, no CSS import or url().
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*["']?https?:/);
  });

  it("starts empty, and accessible", async () => {
    expect(await page.getAttribute("#status", "data-state")).toBe("empty");
    const { serious, ran } = await axeScan(page);
    expect(serious).toEqual([]);
    expect(ran).toEqual(expect.arrayContaining(["label", "color-contrast"]));
    await page.screenshot({ path: shotPath("web-empty.png") });
  });

  it("scores the example folder as the CLI does, with the example config", async () => {
    await page.fill("#as-at", "2019-01-31");
    await page.setInputFiles("#config-file", `${EXAMPLE}/config.json`);
    await page.setInputFiles("#data-files", EXAMPLE);
    await done();
    expect(await page.textContent("#status")).toMatch(/^Scorecard at 2019-01-31/);
    const cli = await runCliInProcess(["report", "--data", EXAMPLE, "--as-at", "2019-01-31", "--config", `${EXAMPLE}/config.json`, "--format", "json"]);
    await expectFigures(cli.stdout);
    expect((await download("#download-json")).toString("utf8")).toBe(cli.stdout);
    const csv = await runCliInProcess(["report", "--data", EXAMPLE, "--as-at", "2019-01-31", "--config", `${EXAMPLE}/config.json`, "--format", "csv"]);
    expect((await download("#download-csv")).toString("utf8")).toBe(csv.stdout);
    const xlsx = await download("#download-xlsx");
    expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");
    expect((await download("#download-html")).toString("utf8")).toContain("<html");
    const { serious } = await axeScan(page);
    expect(serious).toEqual([]);
    await page.screenshot({ path: shotPath("web-scored.png") });
  }, 120_000);

  it("lists the children behind a figure, and gives the focus to the list", async () => {
    await page.click('[data-indicator="long-term-stability"] button.drill');
    await done();
    await page.waitForSelector("#drill:not([hidden])");
    expect(await page.evaluate("document.activeElement?.id")).toBe("drill-heading");
    const members = JSON.parse((await runCliInProcess(["report", "--data", EXAMPLE, "--as-at", "2019-01-31", "--config", `${EXAMPLE}/config.json`, "--format", "json", "--drill-down", "long-term-stability"])).stdout) as {
      indicators: { id: string; members?: { numerator: string[]; denominator: string[] } }[];
    };
    const expected = members.indicators.find((i) => i.id === "long-term-stability")!.members!;
    const lists = await page.$$eval("#drill ul.ids", (uls) => uls.map((ul) => [...ul.querySelectorAll("li")].map((li) => li.textContent)));
    expect(lists).toEqual([expected.numerator, expected.denominator]);
    const { serious } = await axeScan(page);
    expect(serious).toEqual([]);
    await shoot("#drill", "web-drill-down.png");
    await page.click("#drill-close");
    expect(await page.evaluate("document.activeElement?.getAttribute(\"aria-label\")")).toMatch(/^Children behind/);
  }, 60_000);

  it("shows the validation: files, data quality, reconciliation and the DfE rules, as validate does", async () => {
    await page.waitForSelector('#validation[data-state="done"]', { timeout: 60_000 });
    const cli = JSON.parse((await runCliInProcess(["validate", "--data", EXAMPLE, "--format", "json"])).stdout) as { rules: { results: { code: string }[] } };
    const text = await page.textContent("#validation-body");
    for (const { code } of cli.rules.results) expect(text).toContain(code);
    expect(text).toMatch(/DfE validation rules \d{4}-\d{2}: \d+ rules? failed/);
    const validation = await runCliInProcess(["validate", "--data", EXAMPLE, "--format", "json"]);
    expect((await download("#download-validation-json")).toString("utf8")).toBe(validation.stdout);
    const { serious } = await axeScan(page);
    expect(serious).toEqual([]);
    await shoot("#validation", "web-validation.png");
  }, 120_000);

  it("runs the rules on postcodes when a postcode directory and the council are picked in the validation section", async () => {
    const reason = "needs the postcode reference data";
    expect(await page.textContent("#validation-body")).toContain(reason);
    const onspd = join(folder, "ONSPD.csv");
    writeFileSync(onspd, POSTCODE_DIRECTORY);
    await page.click("#reference summary");
    await page.fill("#reference-la", "Peterborough");
    await page.setInputFiles("#reference-postcodes", onspd);
    await page.click("#reference-check");
    await page.waitForSelector('#validation[data-state="done"]', { timeout: 60_000 });
    const text = await page.textContent("#validation-body");
    expect(text).toMatch(/DfE validation rules \d{4}-\d{2}: \d+ rules? failed/);
    expect(text).not.toContain(reason);
    expect(text).toContain("needs the Ofsted provider lists");
    const { serious } = await axeScan(page);
    expect(serious).toEqual([]);
  }, 120_000);

  it("scores a generated three-year folder as the CLI does, at the as-at date it picks itself", async () => {
    const data = join(folder, "generated");
    writeFileMap(generate903({ children: 400, years: ["2021-22", "2022-23", "2023-24"], seed: 4 }), data);
    await page.fill("#as-at", "");
    await page.setInputFiles("#config-file", []);
    await page.setInputFiles("#data-files", data);
    await done();
    const asAt = await page.inputValue("#as-at");
    expect(asAt).toMatch(/^2024-0[1-3]-\d\d$/);
    const cli = await runCliInProcess(["report", "--data", data, "--as-at", asAt, "--format", "json"]);
    await expectFigures(cli.stdout);
    expect((await download("#download-json")).toString("utf8")).toBe(cli.stdout);
  }, 120_000);

  it("says so, in plain words, when the folder is not a 903 return", async () => {
    const notes = join(folder, "not-a-return");
    mkdirSync(notes);
    writeFileSync(join(notes, "notes.txt"), "minutes of the panel\n");
    await page.setInputFiles("#data-files", notes);
    await done();
    expect(await page.getAttribute("#status", "data-state")).toBe("error");
    expect(await page.textContent("#status")).toMatch(/holds no SSDA903 table/);
    expect(await page.textContent("#status")).not.toMatch(/\bat \w+ \(|Error:/);
  }, 60_000);

  it("made no network request and logged no error", () => {
    expect(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("blob:"))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
