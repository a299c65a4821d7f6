import { findMentions } from "../dates/extract.ts";
import type { Mention } from "../dates/types.ts";
import { textMemo } from "../text-memo.ts";
import { type Parse, parseClauses } from "./clauses.ts";
import type { Nlp, Token } from "./tokens.ts";
import type { Tense } from "./verb-groups.ts";

/*
 * A sentence read for its structure: its tags, the date expressions in it, and the
 * clause parse over both. The subject of a pronoun, a question's frame and the
 * standalone check read the same sentences, so each reading is remembered (per tagger,
 * memory bounded). Date tokens are never verbs of the parse.
 */

export type SentenceReading = {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  /** Whether each token is inside a date expression. */
  isDate: readonly boolean[];
  parse: Parse;
};

const memos = new WeakMap<Nlp, (text: string) => SentenceReading>();

/** The reading of a sentence, the same object for the same text and tagger. */
export function readSentence(text: string, nlp: Nlp): SentenceReading {
  let memo = memos.get(nlp);
  if (memo === undefined) {
    memo = textMemo((t) => read(t, nlp));
    memos.set(nlp, memo);
  }
  return memo(text);
}

/** The tense of a sentence's main verb, "none" when it has none. */
export function mainTense(text: string, nlp: Nlp): Tense {
  return readSentence(text, nlp).parse.units.find((u) => u.kind === "main")?.verb?.tense ?? "none";
}

function read(text: string, nlp: Nlp): SentenceReading {
  const tokens = nlp.tag(text);
  const mentions = findMentions(text);
  const { isDate } = dateTokens(tokens, mentions);
  return { tokens, mentions, isDate, parse: parseClauses(tokens, isDate) };
}

/** Which tokens date expressions cover, and each expression's token range [from, to). */
export function dateTokens(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): { isDate: boolean[]; spans: Map<Mention, [number, number]> } {
  const isDate: boolean[] = new Array(tokens.length).fill(false);
  const spans = new Map<Mention, [number, number]>();
  for (const m of mentions) {
    let a = -1;
    let b = -1;
    tokens.forEach((t, i) => {
      if (t.from < m.to && t.to > m.from) {
        isDate[i] = true;
        if (a < 0) a = i;
        b = i + 1;
      }
    });
    if (a >= 0) spans.set(m, [a, b]);
  }
  return { isDate, spans };
}
