import { parseOfstedLists } from "../../../src/validation/reference/ofstedLists.js";
import { parsePostcodeDirectory } from "../../../src/validation/reference/postcodeDirectory.js";
import type { ReferenceData } from "../../../src/validation/defineRule.js";
import { csv } from "../ruleFixture.js";

/** The returning council of the fixtures: Peterborough, a unitary council. */
export const OURS = "E06000031";

/**
 * A few postcodes with the ONS directory's columns (grid references made up, at round
 * distances): PE1 1AA is home; PE2 2BB is 2.0 miles away in our area; CB1 1AA 30.0 miles away
 * in Cambridge, whose upper tier is the county; EH1 1AA in Scotland; ZE1 0AA 525.7 miles away
 * in Shetland; JE2 3AA in Jersey, with no council and no grid reference.
 */
export const POSTCODE_DIRECTORY = csv(
  "pcd,oslaua,oscty,oseast1m,osnrth1m",
  "PE1 1AA,E06000031,E99999999,519000,298000",
  "PE2 2BB,E06000031,E99999999,519000,301219",
  "CB1 1AA,E07000008,E10000003,546000,258000",
  "EH1 1AA,S12000036,S99999999,325000,673000",
  "ZE1 0AA,S12000027,S99999999,447000,1141000",
  "JE2 3AA,L99999999,L99999999,,",
);

/** The DfE's URN lookup lists: a children's home of ours, one in Cambridgeshire that closed, and a fostering agency. */
export const CHILDRENS_HOMES = csv(
  "URN,Local Authority,Provider Code,Provider Placement Code,Closed Date,Setting Postcode",
  "SC100001,Peterborough,K2,PR1/PR2,,PE2 2BB",
  "SC100002,Cambridgeshire,K2,PR3,31/12/2022,CB1 1AA",
);
export const SOCIAL_CARE_PROVIDERS = csv(
  "URN,Local authority,Placement code,Placement provider code,Deregistration date,Setting postcode",
  "SC200001,Peterborough,U1,PR4,,PE1 1AA",
);

export const REFERENCE: ReferenceData = {
  localAuthority: OURS,
  postcodes: parsePostcodeDirectory(POSTCODE_DIRECTORY, "postcodes.csv"),
  ofstedProviders: parseOfstedLists([
    { file: "childrens-homes.csv", text: CHILDRENS_HOMES },
    { file: "social-care-providers.csv", text: SOCIAL_CARE_PROVIDERS },
  ]),
};

/** Episode columns the reference-data rules read. */
export const EPISODE_COLUMNS = "CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER,DEC,HOME_POST,PL_POST,URN";
