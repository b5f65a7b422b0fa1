/** The tables of data.md §1: 903 tables and the council's local tables. */
export const TABLES_903 = [
  "header",
  "episodes",
  "reviews",
  "uasc",
  "oc2",
  "oc3",
  "ad1",
  "placed_for_adoption",
  "previous_permanence",
  "missing",
  "sw_episodes",
] as const;
export const LOCAL_TABLES = ["visits", "health_assessments", "peps", "pathway_plans"] as const;
export const TABLES = [...TABLES_903, ...LOCAL_TABLES] as const;

export type Table903 = (typeof TABLES_903)[number];
export type LocalTable = (typeof LOCAL_TABLES)[number];
export type TableName = (typeof TABLES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLES as readonly string[]).includes(name);
}
