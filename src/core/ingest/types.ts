/* The ingested form of one document: what the date and event passes read. */

/** Where a sentence sits: the infobox, the lead (summary before the first section or dateline), or the body. */
export type SentenceKind = "infobox" | "lead" | "body";

/** One cleaned sentence with the context the date passes need. */
export type DocSentence = {
  /** Position in the document, counting sentences from 0. */
  index: number;
  /** The sentence as the cleaned document has it (citation markers removed): the quote. */
  text: string;
  kind: SentenceKind;
  /** Section headings above the sentence, outermost first. */
  headingPath: string[];
  /** The year named by the nearest heading that names one ("===2016==="), else null. */
  headingYear: number | null;
  /** Paragraph number; sentences of one paragraph share it. */
  paragraph: number;
  /** Maintenance tags removed from the sentence ("better source needed"). */
  flags: string[];
  /** Character ranges of the sentence inside direct quotation. */
  quoted: [number, number][];
  /** For infobox lines, the field name ("Date", "Result"). */
  field?: string;
};

/** A line that was dropped, and why. */
export type Dropped = { line: string; reason: string };

/** A document after ingestion. */
export type IngestedDocument = {
  title: string;
  /** ISO day of the news dateline, or null. */
  dateline: string | null;
  sentences: DocSentence[];
  dropped: Dropped[];
};
