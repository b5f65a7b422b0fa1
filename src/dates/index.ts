export * from "./day.js";
export * from "./collectionYear.js";
export * from "./bankHolidays.js";
export * from "./workingDays.js";
export * from "./periods.js";
