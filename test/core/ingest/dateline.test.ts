import { describe, expect, it } from "vitest";
import { parseDateline } from "../../../src/core/ingest/dateline.ts";
import { headingYear, parseHeading } from "../../../src/core/ingest/headings.ts";
import { parseInfoboxLine } from "../../../src/core/ingest/infobox.ts";

describe("parseDateline", () => {
  it.each([
    ["25 February, 2020", "2020-02-25"],
    [" date 2018-07-19 Register", "2018-07-19"],
    ["19 July 2018", "2018-07-19"],
    ["March 22, 2013", "2013-03-22"],
    ["Updated: Mar 22, 2013 10:32 AM ET", "2013-03-22"],
    ["Friday 22 March 2013", "2013-03-22"],
  ])("reads %j as %s", (line, iso) => {
    expect(parseDateline(line)).toBe(iso);
  });

  it.each([
    "On 28 March 2015, after four days of fighting, rebels captured Idlib city.",
    "- Date: 28 March 2015 – 19 July 2018, ()",
    "31 February 2019",
    "March 2015",
  ])("is not fooled by %j", (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe("headings and infobox lines", () => {
  it("reads wiki and Markdown headings and the year they name", () => {
    expect(parseHeading("===2016===")).toEqual({ level: 3, text: "2016" });
    expect(parseHeading("== Aftermath ==")).toEqual({ level: 2, text: "Aftermath" });
    expect(parseHeading("## 1914")).toEqual({ level: 2, text: "1914" });
    expect(headingYear("2016")).toBe(2016);
    expect(headingYear("Battle of Zabadani (2015)")).toBe(2015);
    expect(headingYear("Siege of Deir ez-Zor (2014–17)")).toBeNull();
    expect(headingYear("Aftermath")).toBeNull();
  });

  it("reads infobox fields without the debris of the copy", () => {
    expect(parseInfoboxLine("- Date: 28 March 2015 – 19 July 2018, ()")).toEqual({
      field: "Date",
      value: "28 March 2015 – 19 July 2018",
    });
    expect(parseInfoboxLine("| result = Government victory")).toEqual({
      field: "result",
      value: "Government victory",
    });
    expect(parseInfoboxLine("- Siege of Nubl and Al-Zahraa")).toBeNull();
  });
});
