import { BUILT_IN_INDICATORS } from "../../../indicators/registry.js";
import type { IndicatorResult } from "../../../scorecard/types.js";

/**
 * Committee reports group indicators by theme, one table each. The registry carries the theme
 * of every built-in indicator; a caller with local indicators passes its own `themeOf`, and
 * ids nobody knows go under "other".
 */
export const THEME_LABELS: Readonly<Record<string, string>> = {
  "care-population": "Care population",
  stability: "Placement stability",
  timeliness: "Reviews and visits",
  health: "Health",
  education: "Education",
  missing: "Missing from care",
  adoption: "Adoption",
  "care-leavers": "Care leavers",
  other: "Other indicators",
};

/** Known themes in report order; unknown theme names follow in first-seen order, "other" last. */
const THEME_ORDER = Object.keys(THEME_LABELS).filter((theme) => theme !== "other");

const THEME_BY_ID: ReadonlyMap<string, string> = new Map(BUILT_IN_INDICATORS.map((d) => [d.id, d.theme]));

/** The registry's theme of a built-in indicator id; "other" for an id it does not know. */
export function defaultThemeOf(id: string): string {
  return THEME_BY_ID.get(id) ?? "other";
}

/** A caller's theme lookup (the registry's); undefined or "" means "not known here". */
export type ThemeOf = (id: string) => string | undefined;

export interface ThemeGroup {
  theme: string;
  label: string;
  /** In report (registry) order. */
  indicators: IndicatorResult[];
}

export function themeLabel(theme: string): string {
  return THEME_LABELS[theme] ?? theme;
}

export function resolveTheme(id: string, themeOf?: ThemeOf): string {
  const given = themeOf?.(id);
  return given === undefined || given === "" ? defaultThemeOf(id) : given;
}

/** Indicators grouped by theme: known themes in report order, then others as first seen. */
export function groupByTheme(indicators: readonly IndicatorResult[], themeOf?: ThemeOf): ThemeGroup[] {
  const groups = new Map<string, IndicatorResult[]>();
  for (const indicator of indicators) {
    const theme = resolveTheme(indicator.id, themeOf);
    const list = groups.get(theme);
    if (list === undefined) groups.set(theme, [indicator]);
    else list.push(indicator);
  }
  const rank = (theme: string): number => {
    if (theme === "other") return THEME_ORDER.length + 1;
    const index = THEME_ORDER.indexOf(theme);
    return index === -1 ? THEME_ORDER.length : index;
  };
  // Array.prototype.sort is stable, so unknown themes keep their first-seen order.
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([theme, list]) => ({ theme, label: themeLabel(theme), indicators: list }));
}
