import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

/**
 * The old-style three-digit codes of English councils as the DfE's rule lists them (999 for an
 * unknown council), and the codes for a permanence arranged outside England.
 */
const LA_PERM_CODES = /* @__PURE__ */ codes(
  ...(
    "800 889 822 301 304 303 330 825 837 302 846 370 350 890 867 380 305 801 351 873 823 895 896 381 909 202 908 331 306 841 830 " +
    "831 878 371 835 332 840 307 308 811 881 845 390 916 203 876 850 311 204 884 312 205 313 805 919 310 309 420 921 206 207 886 " +
    "810 382 314 340 888 208 856 383 855 209 925 341 201 821 352 806 887 826 315 929 812 391 926 892 813 802 928 891 392 316 815 " +
    "353 931 879 836 851 874 807 354 317 870 318 372 857 333 935 343 803 373 342 893 356 355 871 394 334 933 882 936 861 852 319 " +
    "860 808 393 866 210 357 894 883 880 358 211 937 869 320 359 865 384 335 336 212 868 872 885 344 877 213 938 816 999 WAL SCO NUK NIR"
  ).split(" "),
);

/** 633: the council where a previous permanence option was arranged (LA_PERM), when given, is a valid code. */
export const r633 = /* @__PURE__ */ defineRule({
  code: "633",
  scope: "row",
  check: (data) => ({ previous_permanence: notOneOf(data.table("previous_permanence"), "LA_PERM", LA_PERM_CODES, "passes") }),
});
