import { csv } from "../ruleFixture.js";

/**
 * Episodes for the OC2-cohort rules (2022-23): A and C looked after since 2021 (continuously for
 * 12 months at 31 March), B starting care on 1 June 2022 (not).
 */
export const COHORT_EPISODES = {
  "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,DEC,REC", "A,01/01/2021,S,C2,,", "B,01/06/2022,S,C2,,", "C,01/01/2021,S,C2,,"),
};
