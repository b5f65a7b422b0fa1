/**
 * Column groups that several indicators read (data.md §4 "used by"), named once so that each
 * indicator's `reads` says what it reads in the domain's words.
 */

/** What every episodes reader reads: the columns that chain episodes into periods of care. */
export const EPISODE_CHAIN = ["CHILD", "DECOM", "RNE", "LS", "DEC", "REC"] as const;
/** What placement spells add (collapseUnchangedMoves compares carer and provider). */
export const PLACEMENT = ["PLACE", "PLACE_PROVIDER"] as const;
/** What tells a move's distance: the placement's postcode and its Ofsted URN. */
export const PLACEMENT_SITE = ["PL_POST", "URN"] as const;
/** The child's age, from header.csv. */
export const AGE = ["CHILD", "DOB"] as const;
/** Local health assessments (health_assessments.csv). */
export const ASSESSMENTS = ["CHILD", "TYPE", "DATE"] as const;
