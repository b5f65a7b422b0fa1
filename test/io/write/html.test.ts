import { describe, expect, it } from "vitest";
import { renderHtml } from "../../../src/io/write/html.js";
import { HOSTILE_CHILD, HOSTILE_TITLE, scorecardReportFixture } from "../../fixtures/scorecardReport.js";

const page = renderHtml(scorecardReportFixture(), { council: "Peterborough City Council" });

/** The `<tbody>` of one indicator's rows. */
function indicatorBlock(html: string, id: string): string {
  const match = new RegExp(`<tbody class="indicator" data-id="${id}">([\\s\\S]*?)</tbody>`).exec(html);
  if (match === null) throw new Error(`no rows for ${id}`);
  return match[1] ?? "";
}

/** Theme id → the indicator ids its section lists. */
function themeSections(html: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  for (const match of html.matchAll(/<section class="theme" id="theme-([^"]+)"[\s\S]*?<\/section>/g)) {
    const ids = [...match[0].matchAll(/data-id="([^"]+)"/g)].map((id) => id[1] ?? "");
    sections.set(match[1] ?? "", ids);
  }
  return sections;
}

function cellTexts(block: string): string[] {
  return [...block.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => (cell[1] ?? "").replace(/<[^>]+>/g, ""));
}

describe("renderHtml", () => {
  it("prints a <script> in an indicator title as text", () => {
    expect(page).not.toContain(HOSTILE_TITLE);
    expect(page).toContain("Local measure &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
  });

  it("prints a <script> in a child id as text", () => {
    expect(page).not.toContain(HOSTILE_CHILD);
    expect(page).toContain("&lt;script&gt;alert(&#39;child&#39;)&lt;/script&gt;");
  });

  it("prints a <script> in the configured title and council as text", () => {
    const html = renderHtml(scorecardReportFixture(), { title: "<script>t()</script>", council: "<img src=x>" });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("<h1>&lt;script&gt;t()&lt;/script&gt;</h1>");
    expect(html).toContain("&lt;img src=x&gt;");
  });

  it("contains no script, link or external address", () => {
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(page).not.toContain("http");
    expect(page).not.toContain("//");
  });

  it("sets the page to A4 landscape", () => {
    expect(page).toContain("@page { size: A4 landscape;");
  });

  it("has one table per theme, each listing its indicators in report order", () => {
    expect([...themeSections(page)]).toEqual([
      ["care-population", ["cla-count", "cla-rate"]],
      ["stability", ["placements-3plus", "long-term-stability"]],
      ["timeliness", ["reviews-on-time", "visits-on-time"]],
      ["missing", ["missing-children"]],
      ["adoption", ["adoption-a1-days"]],
      ["care-leavers", ["care-leavers-in-touch"]],
      ["other", ["local-custom"]],
    ]);
    expect(page.match(/<table class="indicators">/g)).toHaveLength(7);
  });

  it("takes themes from themeOf, falling back to its own table", () => {
    const html = renderHtml(scorecardReportFixture(), {
      themeOf: (id) => (id === "local-custom" ? "health" : undefined),
    });
    const sections = themeSections(html);
    expect(sections.get("health")).toEqual(["local-custom"]);
    expect(sections.has("other")).toBe(false);
    expect(sections.get("adoption")).toEqual(["adoption-a1-days"]);
  });

  it("shows each unit in its presented form, with the counts behind it in words", () => {
    expect(cellTexts(indicatorBlock(page, "placements-3plus")).slice(1, 3)).toEqual(["5.8%22 of 380", "6.0%-0.2 pts"]);
    expect(cellTexts(indicatorBlock(page, "cla-rate")).slice(1, 3)).toEqual(["76.0380 children in 50,000", "74.0+2.7%"]);
    // Days: the children averaged, not their total of days.
    expect(cellTexts(indicatorBlock(page, "adoption-a1-days")).slice(1, 3)).toEqual(["566 daysaverage of 18 children", "426 days+140 days"]);
    expect(cellTexts(indicatorBlock(page, "cla-count")).slice(1, 3)).toEqual(["380", "\u2013"]);
    expect(cellTexts(indicatorBlock(page, "missing-children")).slice(1, 3)).toEqual(["1,234", "1,200+34"]);
  });

  it("gives RAG as a word and symbol as well as a colour class", () => {
    expect(indicatorBlock(page, "placements-3plus")).toContain('<td class="rag rag-green" data-label="RAG"><span aria-hidden="true">\u2713</span> Green</td>');
    expect(indicatorBlock(page, "long-term-stability")).toContain('<td class="rag rag-amber" data-label="RAG"><span aria-hidden="true">\u25B3</span> Amber</td>');
    expect(indicatorBlock(page, "cla-rate")).toContain('<td class="rag rag-red" data-label="RAG"><span aria-hidden="true">\u2717</span> Red</td>');
    expect(indicatorBlock(page, "cla-count")).toContain("Not rated");
  });

  it("shows the trend as the direction moved, whether that is better, and what it was compared with", () => {
    expect(cellTexts(indicatorBlock(page, "placements-3plus"))[4]).toBe("\u2193 Improvingsince the month before: 6.9%");
    expect(cellTexts(indicatorBlock(page, "cla-rate"))[4]).toMatch(/^\u2191 Worsening/);
    expect(cellTexts(indicatorBlock(page, "long-term-stability"))[4]).toMatch(/^\u2192 Stable/);
    const yearOnYear = renderHtml(scorecardReportFixture(), { trendCompareWith: "previous-year" });
    expect(cellTexts(indicatorBlock(yearOnYear, "placements-3plus"))[4]).toBe("\u2193 Improvingsince the same date a year before: 6.9%");
  });

  it("folds the benchmarks into one cell, each with its year, value and variance, a source's suppression mark as given", () => {
    const items = [...indicatorBlock(page, "cla-rate").matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""));
    expect(items).toEqual(["England 2017-18 64.0 +12.0 per 10k", "Statistical neighbours 2017-18 c"]);
    expect(page).not.toContain('<th scope="col" class="number">England</th>');
  });

  it("prints the narrative, and a note in plain words only when the narrative does not say it", () => {
    expect(indicatorBlock(page, "placements-3plus")).toContain(
      "22 of the 380 children in care (5.8%) had three or more placements in the last 12 months, against a target of 6%.",
    );
    const suppressed = cellTexts(indicatorBlock(page, "reviews-on-time"));
    expect(suppressed[1]).toBe("Suppressed3 of 4");
    expect(indicatorBlock(page, "reviews-on-time")).toContain("denominator below 5: value suppressed");
    expect(indicatorBlock(page, "visits-on-time")).toContain("needs the social-worker visits table (visits.csv), which was not supplied");
    expect(page).not.toMatch(/needs --|needs visits\.csv/);
  });

  it("draws one point per month with a value, and breaks the line at a month without one", () => {
    const report = scorecardReportFixture();
    for (const indicator of report.indicators) {
      const block = indicatorBlock(page, indicator.id);
      const series = indicator.series ?? [];
      const points = series.filter((point) => point.value !== null).length;
      expect(block.match(/<circle class="point/g)?.length ?? 0, indicator.id).toBe(points);
      if (series.length > 0) expect(block, indicator.id).toContain(`data-points="${series.length}"`);
      else expect(block, indicator.id).toContain("No series");
    }
    const gap = indicatorBlock(page, "placements-3plus");
    expect(/ d="([^"]*)"/.exec(gap)?.[1]?.match(/M/g)).toHaveLength(2);
  });

  it("draws the target as a line only when there is a target", () => {
    expect(indicatorBlock(page, "placements-3plus")).toContain('<line class="target"');
    expect(indicatorBlock(page, "cla-count")).not.toContain('<line class="target"');
  });

  it("gives each chart a text alternative listing its numbers", () => {
    const label = /<svg class="chart" role="img" aria-label="([^"]*)"/.exec(indicatorBlock(page, "placements-3plus"))?.[1];
    expect(label).toBe(
      "Last 12 months, Feb 2018 to Jan 2019: Feb 2018 7.5%, Mar 2018 7.2%, Apr 2018 7.0%, May 2018 6.8%, Jun 2018 6.9%, " +
        "Jul 2018 no value, Aug 2018 6.6%, Sep 2018 6.4%, Oct 2018 6.6%, Nov 2018 6.8%, Dec 2018 6.9%, Jan 2019 5.8%. Target 6.0%.",
    );
    expect(page.match(/<svg /g)).toHaveLength(page.match(/<svg class="chart" role="img" aria-label="/g)?.length ?? -1);
  });

  it("scopes every header cell and captions every table", () => {
    const headers = page.match(/<th[ >][^>]*>/g) ?? [];
    expect(headers.length).toBeGreaterThan(50);
    for (const header of headers) expect(header).toMatch(/scope="(col|row)"/);
    expect(page.match(/<table/g)?.length).toBe(page.match(/<caption/g)?.length);
  });

  it("summarises RAG counts across themes", () => {
    const footer = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(page)?.[1] ?? "";
    expect(cellTexts(footer)).toEqual(["All themes", "2", "1", "3", "4", "10"]);
  });

  it("accounts for files and rows by year, and issues by code, in the data-quality section", () => {
    const quality = /<section class="data-quality"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    const years = /<table class="files">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(quality)?.[1] ?? "";
    expect(cellTexts(years)).toEqual(["2018-19", "2", "1,804", "1,802", "2"]);
    expect(cellTexts(/<tfoot>([\s\S]*?)<\/tfoot>/.exec(quality)?.[1] ?? "")).toEqual(["All years", "2", "1,804", "1,802", "2"]);
    const issues = /<table class="issues">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(quality)?.[1] ?? "";
    expect(cellTexts(issues)).toEqual(["invalid-date", "error", "2", "cla-count, placements-3plus", "missing-value", "warning", "1", "\u2013"]);
  });

  it("counts the records a folded warning stands for, not the folded entry", () => {
    const base = scorecardReportFixture();
    const folded = { ...base.dataQuality.issues[2]!, message: "SEX is blank, in 11000 records", count: 11000 };
    const html = renderHtml({ ...base, dataQuality: { ...base.dataQuality, issues: [...base.dataQuality.issues.slice(0, 2), folded] } });
    const issues = /<table class="issues">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
    expect(cellTexts(issues)).toEqual(["invalid-date", "error", "2", "cla-count, placements-3plus", "missing-value", "warning", "11,000", "\u2013"]);
  });

  it("says so when there are no files or issues", () => {
    const report = { ...scorecardReportFixture(), dataQuality: { files: [], issues: [] } };
    const html = renderHtml(report);
    expect(html).toContain("<p>No files were read.</p>");
    expect(html).toContain("<p>No data issues were found.</p>");
  });

  it("lists drill-down children only when an indicator carries members", () => {
    expect(page).toContain('<section class="drill-down"');
    expect(page).toContain("0042 (short-break)");
    const report = scorecardReportFixture();
    for (const indicator of report.indicators) delete indicator.members;
    expect(renderHtml(report)).not.toContain('<section class="drill-down"');
  });

  it("prints a production date only when given one", () => {
    expect(page).not.toContain("Produced");
    expect(renderHtml(scorecardReportFixture(), { generated: "Produced 3 February 2019" })).toContain(
      '<p class="meta">Produced 3 February 2019</p>',
    );
  });

  it("heads the page with the as-at date and period", () => {
    expect(page).toContain("As at 31 January 2019. Period 1 February 2018 to 31 January 2019.");
    expect(page).toContain("<title>Children in care scorecard: Peterborough City Council, 31 January 2019</title>");
  });
});

describe("renderHtml: the committee's view", () => {
  it("opens with the RAG counts, what needs attention (red, then amber) and the biggest changes", () => {
    const headline = /<section class="headline"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(headline.replace(/<[^>]+>/g, "")).toContain("10 indicators: \u2717 3 red \u25B3 1 amber \u2713 2 green \u2013 4 not rated");
    const attention = [...(/<ul class="attention">([\s\S]*?)<\/ul>/.exec(headline)?.[1] ?? "").matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""));
    expect(attention[0]).toMatch(/^Red /);
    expect(attention.at(-1)).toMatch(/^Amber /);
    expect(headline).toMatch(/<h3>Biggest changes since the month before<\/h3>/);
  });

  it("ends with how the figures were made, when told", () => {
    expect(page).not.toContain('class="provenance"');
    const html = renderHtml(scorecardReportFixture(), {
      council: "Peterborough", provenance: { tool: "cic-scorecard 9.9.9", dataYears: ["2017-18", "2018-19"], period: "year", population: 50000, config: ["targets for 2 indicators"] },
    });
    const footer = (/<footer class="provenance"[\s\S]*?<\/footer>/.exec(html)?.[0] ?? "").replace(/<[^>]+>/g, "");
    expect(footer).toContain("Produced by cic-scorecard 9.9.9 from the 903 returns for 2017-18, 2018-19 for Peterborough.");
    expect(footer).toContain("Population of children under 18: 50,000.");
    expect(footer).toContain("Config: targets for 2 indicators.");
  });

  it("labels each chart's scale and marks its highest and lowest month", () => {
    const chart = indicatorBlock(page, "placements-3plus");
    expect([...chart.matchAll(/<text class="scale"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(["7.5%", "5.8%"]);
    expect(chart).toContain('class="point max"');
    expect(chart).toMatch(/class="point min( latest)?"/);
  });
});

describe("renderHtml: the DfE rules' appendix", () => {
  const rules = {
    collectionYear: "2018-19", ruleset: "2022-23", skipped: [{ code: "1001", reason: "not implemented yet" }],
    results: [
      { code: "514", message: "Adopters coded as one.", tables: ["ad1.csv"], fields: ["LS_ADOPTR"], indicators: ["adoption-a1-days"], failures: [{ file: "2018-19/ad1.csv", line: 2, child: "0042", values: ["L0"] }] },
      { code: "133", message: "ACCOM is not valid.", tables: ["oc3.csv"], fields: ["ACCOM"], indicators: [], failures: [{ file: "2018-19/oc3.csv", line: 3, child: "0043", values: ["S1"] }] },
    ],
  };

  it("lists the failing rules under the indicators they can distort, with counts and no child", () => {
    const html = renderHtml(scorecardReportFixture(), { rules });
    const appendix = /<section class="rules"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(appendix).toContain("2 rules fail on 2 rows; 1 not checked");
    expect(appendix).toMatch(/<th scope="row">[^<]*A1[^<]*<\/th><td>514 \(1\)<\/td>/);
    expect(appendix).toContain('<th scope="row">No indicator</th><td>133 (1)</td>');
    expect(appendix).toContain("<li>514: Adopters coded as one.</li><li>133: ACCOM is not valid.</li>");
    expect(appendix).not.toContain("0042");
  });

  it("is left out when no rules were run", () => {
    expect(page).not.toContain('<section class="rules"');
  });
});
