import { describe, expect, it } from "vitest";
import type { EventDate } from "../../../src/core/bank-schema.ts";
import { dateLeak, nameLeak, numberLeak } from "../../../src/core/questions/leaks.ts";
import { day } from "../grade/helpers.ts";

const key = (start: string, end?: string): EventDate => day(start, end ? { end } : {});

describe("leaks", () => {
  it("finds the year or month of a date answer in a prompt", () => {
    expect(dateLeak("When did the siege begin in 2015?", key("2015-03"))).toMatch(/2015/);
    expect(dateLeak("When, in March, did rebels attack?", key("2015-03-28"))).toMatch(/March/);
    expect(dateLeak("When was the 2016 convoy attacked?", key("2015", "2017"))).toMatch(/2016/);
    expect(dateLeak("When did rebels capture Idlib city?", key("2015-03-28"))).toBeNull();
    expect(dateLeak("When did the 2012 fighting end?", key("2015-03-28"))).toBeNull();
  });

  it("finds an answer name under any spelling, part or abbreviation", () => {
    expect(nameLeak("Which town near Foua was besieged?", ["al-Fu'ah"])).not.toBeNull();
    expect(
      nameLeak("Who led the Tahrir al-Sham-led rebels?", ["Hayat Tahrir al-Sham"]),
    ).not.toBeNull();
    expect(nameLeak("Who did HTS fight?", ["Hayat Tahrir al-Sham", "HTS"])).not.toBeNull();
    expect(nameLeak("Which city in Idlib province fell?", ["Idlib city"])).not.toBeNull();
    expect(nameLeak("Which town was attacked near Madaya?", ["Mayadin"])).toBeNull();
    expect(nameLeak("Which city did rebels capture?", ["Idlib city"])).toBeNull();
  });

  it("finds the number asked for, in digits or words", () => {
    expect(numberLeak("How many of the 75 buses arrived?", "75")).not.toBeNull();
    expect(numberLeak("How many ill civilians, like the two others?", "2")).not.toBeNull();
    expect(numberLeak("How many buses and 20 ambulances evacuated people?", "75")).toBeNull();
  });
});
