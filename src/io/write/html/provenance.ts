import { escapeHtml } from "./escape.js";
import { formatLongDate, formatNumber } from "./format.js";

/** What made the figures, for the report's footer (and the XLSX's About sheet). */
export interface Provenance {
  /** "cic-scorecard 0.1.0". */
  tool: string;
  /** Collection years of the data, oldest first ("2016-17"); empty for a single return of unknown year. */
  dataYears: string[];
  period: "year" | "quarter" | "month" | "fytd";
  population: number | null;
  /** One phrase per thing the config set, or one saying there was none. */
  config: string[];
}

const PERIOD_WORDS: Record<Provenance["period"], string> = {
  year: "the 12 months to the as-at date",
  quarter: "the 3 months to the as-at date",
  month: "the month to the as-at date",
  fytd: "the financial year to date",
};

/** The provenance as sentences: the same words in the HTML footer and the XLSX. */
export function provenanceLines(provenance: Provenance, asAt: string, periodStart: string, council: string | undefined): string[] {
  const years = provenance.dataYears.length === 0 ? "a single return" : `the 903 returns for ${provenance.dataYears.join(", ")}`;
  return [
    `Produced by ${provenance.tool} from ${years}${council === undefined ? "" : ` for ${council}`}.`,
    `As at ${formatLongDate(asAt)}; period ${PERIOD_WORDS[provenance.period]} (${formatLongDate(periodStart)} to ${formatLongDate(asAt)}).`,
    provenance.population === null ? "Population of children under 18: not given, so rates are not shown." : `Population of children under 18: ${formatNumber(provenance.population, 0)}.`,
    `Config: ${provenance.config.join("; ")}.`,
  ];
}

export function renderProvenance(provenance: Provenance | undefined, asAt: string, periodStart: string, council: string | undefined): string {
  if (provenance === undefined) return "";
  return [
    `<footer class="provenance" aria-labelledby="provenance-heading">`,
    `<h2 id="provenance-heading">How these figures were made</h2>`,
    ...provenanceLines(provenance, asAt, periodStart, council).map((line) => `<p>${escapeHtml(line)}</p>`),
    `</footer>`,
  ].join("\n");
}
