/* What a reader of one format hands to the bank pipeline. */

export type Extracted = {
  /** Plain text in the shape the ingest reads: title, dateline, headings, paragraphs. */
  text: string;
  /** Publication day found in the file's metadata (YYYY-MM-DD), used as the dateline. */
  published: string | null;
};

/** A refusal with the sentence the teacher reads. */
export class UnreadableFile extends Error {
  override name = "UnreadableFile";
}
