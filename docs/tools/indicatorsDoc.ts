import { DEFAULT_OPTIONS } from "../../src/model/options.js";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";
import { type IndicatorReads, titleOf } from "../../src/indicators/types.js";

/** "episodes: CHILD DECOM …; header: DOB", from an indicator's declaration. */
function columnsRead(reads: IndicatorReads | undefined): string {
  const tables = Object.entries(reads ?? {}) as [string, readonly string[]][];
  return tables.length === 0 ? "none declared" : tables.map(([table, columns]) => `${table}.csv ${columns.join(" ")}`).join("; ");
}

/**
 * docs/indicators.md, generated from the registry (`npm run docs`); a test fails when the
 * checked-in page differs from what the registry says.
 */
export function renderIndicatorsDoc(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    "# Indicators",
    "",
    "Generated from `src/indicators/registry.ts` by `npm run docs`; do not edit by hand.",
    "Definitions in full: the indicator specification. Options are set under `options` in the config file.",
    "",
    "| id | title | unit | polarity | period | default target |",
    "|---|---|---|---|---|---|",
    ...BUILT_IN_INDICATORS.map((d) =>
      `| \`${d.id}\` | ${cell(titleOf(d, DEFAULT_OPTIONS))} | ${d.unit} | ${d.polarity} | ${d.period.kind === "snapshot" ? `snapshot (${d.period.lookback})` : "window"} | ${d.defaultTarget ?? "–"} |`),
    "",
  ];
  for (const d of BUILT_IN_INDICATORS) {
    lines.push(
      `## \`${d.id}\``,
      "",
      `**${titleOf(d, DEFAULT_OPTIONS)}**`,
      "",
      `- Unit: ${d.unit}; polarity: ${d.polarity}; theme: ${d.theme}.`,
      `- Period: ${d.period.kind === "snapshot" ? `snapshot at the as-at date, lookback ${d.period.lookback}` : "window [W0, W1] of `--period`"}.`,
      `- Cohort: ${d.cohort}`,
      `- Numerator: ${d.numerator}`,
      `- Data: ${d.data}`,
      `- Needs: ${d.needs?.length ? d.needs.map((t) => `${t}.csv`).join(", ") : "nothing declared"} (without one, the indicator is not computed and says which).`,
      `- Columns read (a data-quality issue on them names this indicator): ${columnsRead(d.reads)}${d.breakdownReads ? `; for breakdowns: ${columnsRead(d.breakdownReads)}` : ""}.`,
      `- Switches: ${d.switches.length ? d.switches.map((s) => `\`${s}\``).join(", ") : "none"}.`,
      `- Default target: ${d.defaultTarget ?? "none"}.`,
      "",
    );
  }
  return lines.join("\n");
}
