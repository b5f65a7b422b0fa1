/**
 * Notes and narratives as a committee reads them. The JSON keeps the contract's short notes
 * ("needs --population", "needs visits.csv"); a printed pack says what is missing in words.
 */
const TABLE_NAMES: Readonly<Record<string, string>> = {
  "visits.csv": "the social-worker visits table",
  "health_assessments.csv": "the health assessments table",
  "peps.csv": "the personal education plans table",
  "pathway_plans.csv": "the pathway plans table",
  "reviews.csv": "the reviews table",
  "missing.csv": "the missing episodes table",
  "oc2.csv": "the OC2 (outcomes) table",
  "oc3.csv": "the OC3 (care leavers) table",
  "ad1.csv": "the AD1 (adoption) table",
  "placed_for_adoption.csv": "the placed for adoption table",
  "uasc.csv": "the UASC table",
};

export function plainWords(text: string): string {
  return text
    .replace(/needs --population/g, "needs the number of children under 18 in the area, which was not given")
    .replace(/needs ([a-z0-9_]+\.csv)/g, (_, file: string) => `needs ${TABLE_NAMES[file] ?? file} (${file}), which was not supplied`)
    .replace(/--([a-z-]+)/g, "the $1 setting");
}
