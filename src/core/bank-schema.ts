import * as z from "zod";

/**
 * The question bank contract (DESIGN §4). Other tools read questions/bank.json,
 * so every field here is part of a public interface: add, never rename.
 */

const isoPartial = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PRECISIONS = ["day", "month", "year"] as const;
export const QUALIFIERS = ["early", "mid", "late", "about", "by"] as const;
export const PROVENANCES = [
  "explicit",
  "heading",
  "dateline",
  "relative",
  "infobox",
  "merged",
] as const;

export const EventDateSchema = z
  .object({
    start: z.string().regex(isoPartial),
    end: z.string().regex(isoPartial).optional(),
    precision: z.enum(PRECISIONS),
    qualifier: z.enum(QUALIFIERS).nullable(),
    provenance: z.enum(PROVENANCES),
  })
  .refine((d) => d.start.length === { day: 10, month: 7, year: 4 }[d.precision], {
    message: "start must be written at exactly the stated precision",
  })
  .refine((d) => d.end === undefined || d.end.length === d.start.length, {
    message: "end must have the same precision as start",
  })
  .refine((d) => d.end === undefined || d.end > d.start, {
    message: "end must come after start",
  });
export type EventDate = z.infer<typeof EventDateSchema>;

export const SourceRefSchema = z.object({
  doc: z.string().min(1),
  quote: z.string().min(1),
  /** Maintenance tags the document attached to the quote ("better source needed"). */
  flags: z.array(z.string()).optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const ConflictSchema = z.object({
  field: z.string().min(1),
  values: z.array(z.string()).min(2),
  docs: z.array(z.string()).min(1),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const BankEventSchema = z.object({
  id: z.string().regex(/^ev_[0-9a-z]+$/),
  date: EventDateSchema,
  text: z.string().min(1),
  sources: z.array(SourceRefSchema).min(1),
  entities: z.array(z.string()),
  conflicts: z.array(ConflictSchema),
  /** Set by a teacher reviewing an uploaded deck: students never see a hidden event. */
  hidden: z.boolean().optional(),
  /** The date expression as the canonical source writes it ("late last July"), for cloze blanks. */
  dateText: z.string().optional(),
});
export type BankEvent = z.infer<typeof BankEventSchema>;

export const BankSourceSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});
export type BankSource = z.infer<typeof BankSourceSchema>;

export const UndatedSchema = z.object({
  doc: z.string().min(1),
  quote: z.string().min(1),
  reason: z.string().min(1),
});
export type Undated = z.infer<typeof UndatedSchema>;

export const QUESTION_TYPES = [
  "date-choice",
  "date-typed",
  "cloze",
  "which-first",
  "order",
  "what-happened",
  "numeric",
  "who",
  "where",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * How each kind is answered, which the study and quiz views rely on:
 * - with `choices` (date-choice, which-first, what-happened, and who/where when
 *   offered as a choice): the response is one of `choices`, `answer` is one of them;
 * - `order`: `choices` holds the event descriptions in the order shown, aligned
 *   with `eventIds`; `answer` lists event ids in true order; the response lists ids;
 * - otherwise the response is free text, judged against `answer` and `accepted`.
 */
export const QuestionSchema = z.object({
  id: z.string().regex(/^q_[0-9a-z]+$/),
  eventIds: z.array(z.string()).min(1),
  type: z.string().min(1),
  prompt: z.string().min(1),
  answer: z.union([z.string().min(1), z.array(z.string()).min(2)]),
  choices: z.array(z.string()).optional(),
  accepted: z.array(z.string()).optional(),
  explanation: z.string().min(1),
  source: SourceRefSchema,
  /** The key date of a date question, so a typed answer can earn partial credit. */
  date: EventDateSchema.optional(),
  /** Relative tolerance of a numeric answer (0.1 = within 10%). */
  tolerance: z.number().min(0).max(1).optional(),
  /** Set by a teacher reviewing an uploaded deck: students never see a hidden question. */
  hidden: z.boolean().optional(),
  /** Set when a teacher edited the generated prompt or answer. */
  edited: z.boolean().optional(),
  /** Set when a teacher reviewing an uploaded deck approved the question as it stands. */
  approved: z.boolean().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** The type of a `dropped` entry that is an event asked nothing (its reason says why), not a question. */
export const UNASKED = "unasked";

/** A question the quality gate left out, with why, for the teacher's review. */
export const DroppedQuestionSchema = z.object({
  type: z.string(),
  eventIds: z.array(z.string()),
  prompt: z.string(),
  reason: z.string(),
});
export type DroppedQuestion = z.infer<typeof DroppedQuestionSchema>;

export const BankSchema = z.object({
  version: z.literal(1),
  sources: z.array(BankSourceSchema),
  events: z.array(BankEventSchema),
  undated: z.array(UndatedSchema),
  questions: z.array(QuestionSchema),
  /**
   * Questions the gate dropped, and events asked nothing (type UNASKED), each with why (at
   * most MAX_DROPPED_LISTED); absent in banks built before the gate.
   */
  dropped: z.array(DroppedQuestionSchema).optional(),
});
export type Bank = z.infer<typeof BankSchema>;

/** Parse and validate a bank JSON value; throws a ZodError naming every problem. */
export function parseBank(value: unknown): Bank {
  return BankSchema.parse(value);
}
