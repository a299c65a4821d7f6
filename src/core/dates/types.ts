import type { CalendarDate } from "./calendar.ts";

/** How sure a date is about its position inside the stated unit. */
export type Qualifier = "early" | "mid" | "late" | "about" | "by" | null;

/** Where the year (or the whole date) came from, in the order of the provenance ladder. */
export type Provenance = "explicit" | "heading" | "dateline" | "relative" | "infobox" | "merged";

/** A date expression found in a sentence, before its missing parts are resolved. */
export type Mention = {
  /** Character span of the expression in the sentence, qualifier words included. */
  from: number;
  to: number;
  /** What the text states. Missing components are unknown, never implied. */
  start: Partial<CalendarDate>;
  end?: Partial<CalendarDate>;
  /** A weekday with no calendar date ("on Tuesday"). */
  weekday?: number;
  qualifier: Qualifier;
  /** "since 2013": the start of a state that continues. */
  since: boolean;
  /** "a 2010 commando raid": the year dates a noun phrase, not the clause. */
  attributive: boolean;
  /** Relative to the dateline ("last year") or to the previous dated event ("two days later"). */
  relative?: Relative;
  /** Why the expression cannot become a bank date ("44 BC"), if it cannot. */
  unsupported?: string;
};

/** A relative expression: an offset in a unit from a base date, or the period containing it. */
export type Relative = {
  base: "dateline" | "anchor" | "period";
  unit: "day" | "month" | "year";
  offset: number;
  /** The result is stated only to this precision ("four years ago" → year). */
  precision: "day" | "month" | "year";
  /** "last July", "next Tuesday": the named month or weekday before/after the base. */
  month?: number;
  weekday?: number;
  direction?: -1 | 1;
  /** "three weeks ago": the result is approximate ("about"). */
  approximate?: boolean;
  /** "last Thursday" (not "this past Thursday"): ambiguous when that day of this week is past. */
  last?: boolean;
  /** "that same year": the one last named, whatever it dated. */
  named?: boolean;
};

/** A resolved date of one expression in a sentence. */
export type FoundDate = {
  start: CalendarDate;
  end?: CalendarDate;
  precision: "day" | "month" | "year";
  qualifier: Qualifier;
  provenance: Provenance;
  /** Span of the expression in the sentence. */
  from: number;
  to: number;
  /** The expression as written. */
  text: string;
  since: boolean;
  attributive: boolean;
};

/** A date expression whose year the text does not establish. */
export type Unresolved = { from: number; to: number; text: string; reason: string };

/** What the sentence's surroundings contribute to resolving its dates. */
export type DateContext = {
  /** The document's dateline (a full date), or null. */
  dateline: CalendarDate | null;
  /** The year of the nearest heading that names one, or null. */
  headingYear: number | null;
  /** The date of the previous dated event in the same narrative, or null. */
  anchor: CalendarDate | null;
  /** The same, when it is in the sentence's own paragraph: the only anchor a shift in days uses. */
  nearAnchor?: CalendarDate | null;
  /** The last date the narrative's previous sentence named, in a side phrase or not. */
  named?: CalendarDate | null;
  /**
   * Years the narrative around the sentence establishes for a year-less date that
   * neither the sentence, its section heading nor a dateline dates: the document's
   * title, an earlier year heading, the infobox's date range, the latest dated clause
   * of the section. A date takes a year only when every candidate that fits it agrees.
   */
  narrative?: YearCandidate[];
  /** Character ranges of the sentence inside direct quotation: their reference time is unknown. */
  quoted?: [number, number][];
  /** Provenance to give explicitly stated dates ("infobox" for infobox lines). */
  statedAs?: "explicit" | "infobox";
};

/** A year the narrative offers, and when it fits a year-less month and day. */
export type YearCandidate = {
  year: number;
  provenance: "heading" | "infobox" | "relative";
  /** What the candidate is, for the reason given when candidates disagree. */
  source: string;
  /** A date range the month must fall in (an infobox date), if any. */
  range?: [CalendarDate, CalendarDate];
  /** The dated clause it comes from: a year-less date must not fall in an earlier month. */
  after?: CalendarDate;
};
