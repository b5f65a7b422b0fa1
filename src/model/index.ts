export * from "./tables.js";
export * from "./issue.js";
export * from "./records.js";
export * from "./return903.js";
export * from "./cohort.js";
