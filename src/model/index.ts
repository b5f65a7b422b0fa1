export * from "./tables.js";
export * from "./issue.js";
export * from "./records.js";
export * from "./return903.js";
export * from "./cohort.js";
export * from "./cohortEpisodes.js";
export * from "./episodeRows.js";
export { TABLE_COLUMNS, CODE_LIST_NAMES, type ColumnDeclaration, type ColumnType } from "./columns.js";
