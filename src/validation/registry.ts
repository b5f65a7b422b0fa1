import { type RuleFacts, RULESET_YEARS, catalogueYear } from "./catalogue.js";
import type { RuleDefinition } from "./defineRule.js";
import { RULE_DEFINITIONS } from "./rules/index.js";

/** A rule in force in a ruleset: the catalogue's facts and our logic for that year, if written. */
export interface RulesetRule {
  facts: RuleFacts;
  definition: RuleDefinition | null;
  /** The collection year whose logic the rule needs (when it was added or its logic last changed). */
  logicSince: string;
}

/**
 * The rules in force in `ruleset` (a catalogue year), in code order. Built as the DfE changes
 * them: the base year's rules, then each later year's deletions, additions and changes as
 * the catalogue records them. A rule's logic is the newest definition whose `since` is not
 * after the year; one older than the rule's last change of logic does not count (the rule is
 * then "not implemented yet" for that year, rather than checked the old way).
 */
export function rulesetRules(ruleset: string, definitions: readonly RuleDefinition[] = RULE_DEFINITIONS): RulesetRule[] {
  const end = RULESET_YEARS.indexOf(ruleset);
  if (end < 0) throw new Error(`no ruleset ${ruleset}`);
  const inForce = new Map<string, RulesetRule>();
  const byCode = definitionsByCode(definitions);
  for (const year of RULESET_YEARS.slice(0, end + 1)) {
    const entry = catalogueYear(year);
    for (const code of entry.deleted) inForce.delete(code);
    for (const facts of entry.rules) {
      const before = inForce.get(facts.code);
      const logicChanged = before === undefined || facts.status === "added" || (facts.status === "modified" && (facts.changed ?? []).includes("logic"));
      const logicSince = logicChanged ? year : before.logicSince;
      inForce.set(facts.code, { facts, logicSince, definition: definitionFor(year, logicSince, byCode.get(facts.code) ?? []) });
    }
  }
  const order = catalogueYear(ruleset).rules.map((facts) => facts.code);
  return order.map((code) => inForce.get(code)!);
}

function definitionsByCode(definitions: readonly RuleDefinition[]): Map<string, RuleDefinition[]> {
  const byCode = new Map<string, RuleDefinition[]>();
  for (const definition of definitions) {
    const same = byCode.get(definition.code);
    if (same === undefined) byCode.set(definition.code, [definition]);
    else same.push(definition);
  }
  return byCode;
}

/** Of one code's definitions, the one in force in `year`. */
function definitionFor(year: string, logicSince: string, definitions: readonly RuleDefinition[]): RuleDefinition | null {
  const BASE = RULESET_YEARS[0]!;
  let best: RuleDefinition | null = null;
  for (const definition of definitions) {
    const since = definition.since ?? BASE;
    if (since > year) continue;
    if (best === null || since > (best.since ?? BASE)) best = definition;
  }
  return best !== null && (best.since ?? BASE) >= logicSince ? best : null;
}
