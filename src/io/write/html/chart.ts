import type { IndicatorResult, SeriesPoint } from "../../../scorecard/types.js";
import { escapeHtml } from "./escape.js";
import type { Unit } from "../../../indicators/types.js";
import { formatMonth, formatValue, unitDecimals } from "./format.js";

/**
 * Drawing box of the chart, in SVG user units (CSS pixels at 100%): a labelled scale on the
 * left (the highest and lowest value drawn), the line on the right.
 */
const WIDTH = 190;
const HEIGHT = 48;
const PAD = 6;
const LABELS = 44;

/** Coordinates with one decimal place: enough for a 150-unit box, and byte-stable. */
function coordinate(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** Value range of the chart: the points and the target, widened when flat so a line shows. */
function valueRange(values: readonly number[], target: number | null): { low: number; high: number } {
  const all = target === null ? values : [...values, target];
  const low = Math.min(...all);
  const high = Math.max(...all);
  if (high > low) return { low, high };
  const margin = low === 0 ? 1 : Math.abs(low) * 0.1;
  return { low: low - margin, high: high + margin };
}

/** A scale end (a drawn bound, not a figure), at the unit's places. */
function scaleLabel(value: number, unit: Unit): string {
  const factor = 10 ** unitDecimals(unit);
  return formatValue(Math.round(value * factor) / factor, unit);
}

/** "Last 12 months, Feb 2018 to Jan 2019: Feb 2018 6.9%, …, Jan 2019 5.8%. Target 6.0%." */
export function chartDescription(indicator: IndicatorResult, series: readonly SeriesPoint[]): string {
  const first = series[0];
  const last = series[series.length - 1];
  const span = first === undefined || last === undefined ? "" : `, ${formatMonth(first.asAt)} to ${formatMonth(last.asAt)}`;
  const points = series
    .map((point) => `${formatMonth(point.asAt)} ${point.value === null ? "no value" : formatValue(point.value, indicator.unit)}`)
    .join(", ");
  const target = indicator.target === null ? "" : ` Target ${formatValue(indicator.target, indicator.unit)}.`;
  return `Last ${series.length} months${span}: ${points}.${target}`;
}

/**
 * A small line chart of the indicator's monthly series with its target as a dashed line.
 * One `<circle class="point">` per month with a value; a month without one breaks the line.
 * `role="img"` with the numbers as its text alternative. Empty string when there is no series.
 */
export function renderChart(indicator: IndicatorResult): string {
  const series = indicator.series ?? [];
  const values = series.flatMap((point) => (point.value === null ? [] : [point.value]));
  if (values.length === 0) return "";
  const { low, high } = valueRange(values, indicator.target);
  const left = LABELS + PAD;
  const x = (index: number): number =>
    series.length === 1 ? (left + WIDTH - PAD) / 2 : left + (index * (WIDTH - PAD - left)) / (series.length - 1);
  const y = (value: number): number => PAD + ((high - value) / (high - low)) * (HEIGHT - 2 * PAD);

  // The months with the highest and lowest value are marked, so a small range is not read as a cliff.
  const highest = Math.max(...values);
  const lowest = Math.min(...values);
  let path = "";
  let penDown = false;
  const circles: string[] = [];
  series.forEach((point, index) => {
    if (point.value === null) {
      penDown = false;
      return;
    }
    const cx = coordinate(x(index));
    const cy = coordinate(y(point.value));
    path += `${penDown ? "L" : "M"}${cx} ${cy}`;
    penDown = true;
    const last = index === series.length - 1;
    const extreme = point.value === highest ? " max" : point.value === lowest ? " min" : "";
    circles.push(`<circle class="point${extreme}${last ? " latest" : ""}" cx="${cx}" cy="${cy}" r="${last ? "3" : "2"}"/>`);
  });

  const target =
    indicator.target === null
      ? ""
      : `<line class="target" x1="${coordinate(left)}" x2="${coordinate(WIDTH - PAD)}" y1="${coordinate(y(indicator.target))}" y2="${coordinate(y(indicator.target))}"/>`;
  // The scale: the top and bottom of the drawn range, in the indicator's unit.
  const scale =
    `<text class="scale" x="${coordinate(LABELS)}" y="${coordinate(PAD + 3)}" text-anchor="end">${escapeHtml(scaleLabel(high, indicator.unit))}</text>` +
    `<text class="scale" x="${coordinate(LABELS)}" y="${coordinate(HEIGHT - PAD + 3)}" text-anchor="end">${escapeHtml(scaleLabel(low, indicator.unit))}</text>` +
    `<line class="axis" x1="${coordinate(left - 3)}" x2="${coordinate(left - 3)}" y1="${coordinate(PAD)}" y2="${coordinate(HEIGHT - PAD)}"/>`;
  const label = escapeHtml(chartDescription(indicator, series));
  return (
    `<svg class="chart" role="img" aria-label="${label}" data-points="${series.length}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" focusable="false">` +
    scale +
    target +
    `<path class="line" d="${path}"/>` +
    circles.join("") +
    `</svg>`
  );
}
