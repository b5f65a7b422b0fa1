import { RULESET_YEARS, catalogueYear } from "./src/validation/catalogue.ts";
const codes = process.argv.slice(2);
for (const c of codes) console.log(c, RULESET_YEARS.map((y) => { const r = catalogueYear(y).rules.find((r) => r.code === c); return r ? `${y}:${r.status}${r.changed ? "(" + r.changed.join("+") + ")" : ""}` : `${y}:-`; }).join(" "));
