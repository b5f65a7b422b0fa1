import { type Day, ymdFromDay } from "../../dates/day.js";
import { birthday } from "./ages.js";

/** The child's last birthday on or before `day`. */
export function lastBirthday(dob: Day, day: Day): Day {
  const years = ymdFromDay(day).year - ymdFromDay(dob).year;
  const thisYear = birthday(dob, years);
  return thisYear > day ? birthday(dob, years - 1) : thisYear;
}
