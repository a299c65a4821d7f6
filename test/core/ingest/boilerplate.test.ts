import { describe, expect, it } from "vitest";
import { boilerplateReason } from "../../../src/core/ingest/boilerplate.ts";

describe("boilerplateReason", () => {
  it.each([
    ["Damascus launched an offensive against rebels in Idlib and Aleppo [Getty]", "photo caption"],
    [
      "Anti-regime armed groups on Saturday also recaptured Maarrat al-Numan, the largest town in Idlib province. / Photo: AA",
      "photo credit",
    ],
    ["AA", "agency credit"],
    ["© AP Photo / Syrian Civil Defense White Helmets", "photo credit"],
    [
      "This photo provided on Sunday, Jan. 7, 2018 by the Syrian Civil Defense White Helmets shows Civil Defense workers inspecting a damaged building",
      "photo caption",
    ],
    [
      "Read also: Syrians step in to help Idlib father who offered to exchange kidney for a tent",
      "related-article link",
    ],
    ["Read more: Erdogan says no agreement yet on four-way Syria summit", "related-article link"],
    ["Read More", "related-article link"],
    ["Follow us on Twitter and Instagram to stay connected", "social prompt"],
    ["4 min read", "reading time"],
    ["Agencies contributed to this report.", "report credit"],
    ["By Jane Smith and Omar Haddad", "byline"],
    ["Map showing the siege", "map caption"],
  ])("drops %j", (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });

  it.each([
    "By congressional mandate, the FAA must cut nearly $600 million from its nearly $48 billion budget this fiscal year.",
    "By March 2015, the rebels had taken the city.",
    'The government blamed the demonstrations on "young anarchists".',
    "Read the statement, the minister said, before you judge.",
  ])("keeps article text %j", (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });
});
