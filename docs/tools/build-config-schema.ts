/**
 * Writes schema/config.schema.json (shipped in the package) from the config parser's own zod
 * schema, so the editor's checks and the parser's cannot drift. `npm run schema`;
 * test/config/jsonSchema.test.ts fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { configSchema } from "../../src/config/config.js";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";

export const SCHEMA_FILE = fileURLToPath(new URL("../../schema/config.schema.json", import.meta.url));

export function configJsonSchema(): string {
  const generated = z.toJSONSchema(configSchema(BUILT_IN_INDICATORS), { io: "input", reused: "ref", unrepresentable: "any" });
  const schema = {
    ...generated,
    title: "cic-scorecard config",
    description: "The config file of cic-scorecard (--config): population, council, options, suppression, per-indicator targets and benchmarks.",
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(SCHEMA_FILE, configJsonSchema());
