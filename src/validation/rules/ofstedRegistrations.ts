import { type OfstedProvider, type RuleData, rowsWhere } from "../defineRule.js";

/** The URN's placeholder for a provider Ofsted does not register. */
const NO_URN = "XXXXXXX";

/**
 * Episodes with a URN to look up (given, not XXXXXXX) for which `fails` holds for one of the
 * URN's Ofsted registrations, or for `null` when Ofsted's lists do not hold the URN (the DfE's
 * tool joins each episode to every registration of its URN and flags it if any pairing fails).
 */
export function episodesAgainstOfsted(data: RuleData, fails: (row: number, registration: OfstedProvider | null) => boolean): number[] {
  const episodes = data.table("episodes");
  const urn = episodes.column("URN");
  const providers = data.referenceData.ofstedProviders ?? new Map<string, readonly OfstedProvider[]>();
  return rowsWhere(episodes, (row) => {
    const given = urn[row] ?? null;
    if (given === null || given === NO_URN) return false;
    const registrations = providers.get(given);
    if (registrations === undefined || registrations.length === 0) return fails(row, null);
    for (const registration of registrations) if (fails(row, registration)) return true;
    return false;
  });
}
