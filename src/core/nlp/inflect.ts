import exceptions from "wink-eng-lite-web-model/dist/wn-verb-exceptions.js";
import { PARTICIPLE_SHAPE } from "./tokens.ts";

/*
 * The past tense of a verb, for a clause rebuilt from a participle phrase
 * ("…, subsequently volunteering for the army in 1941" → "… volunteered for the
 * army"). Irregular forms come from the tagger model's own WordNet exception list
 * (form → lemma, read backwards); regular verbs follow the spelling rules.
 */

const byLemma = new Map<string, string[]>();
for (const [form, lemma] of Object.entries(exceptions as Record<string, string>)) {
  const forms = byLemma.get(lemma);
  if (forms === undefined) byLemma.set(lemma, [form]);
  else forms.push(form);
}

/** The simple past of a verb given its lemma. */
export function pastOf(lemma: string): string {
  if (lemma === "be") return "was";
  if (lemma === "have") return "had";
  if (lemma === "do") return "did";
  // "addrest", "blest": the list keeps archaic pasts; no verb in -ss has a standard one.
  if (lemma.endsWith("ss")) return `${lemma}ed`;
  const forms = pastForms(lemma);
  const past = forms.find((f) => !PARTICIPLE_SHAPE.test(f) || f.endsWith("ed")) ?? forms[0];
  if (past !== undefined) return past;
  // "put", "set", "cut": the exception list knows only their doubled -ing form.
  if (byLemma.has(lemma)) return lemma;
  if (lemma.endsWith("e")) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

/** The lemma of an irregular past form ("shot" → "shoot"), or null for any other word. */
export function irregularPastLemma(form: string): string | null {
  const lemma = (exceptions as Record<string, string>)[form];
  return lemma !== undefined && pastOf(lemma) === form ? lemma : null;
}

/**
 * Whether an irregular past is its verb's participle too ("made", "sent", "held"), as the
 * exception list shows by giving the verb no other form; "took" has "taken" beside it.
 */
export function pastIsParticiple(form: string, lemma: string): boolean {
  const forms = pastForms(lemma);
  return forms.length === 1 && forms[0] === form;
}

/**
 * Irregular verbs whose participle is their base form and whose "-ing" doubles no consonant,
 * so the exception list does not know them at all.
 */
const UNLISTED_BASE_PARTICIPLE =
  /^(?:cast|broadcast|forecast|podcast|spread|burst|cost|hurt|thrust|shed|split|upset)$/;

/**
 * Whether a verb's past participle is its base form ("cast", "put", "set", "shut"): an
 * irregular verb that the exception list knows (by its doubled "-ing" at least) with no
 * other past form, or one of the few it does not list.
 */
export function baseIsParticiple(lemma: string): boolean {
  return (
    UNLISTED_BASE_PARTICIPLE.test(lemma) ||
    (byLemma.has(lemma) && pastForms(lemma).every((f) => f === lemma || f === `${lemma}ed`))
  );
}

/** The exception list's past and participle forms of a verb (no -ing, no -s forms). */
function pastForms(lemma: string): string[] {
  return (byLemma.get(lemma) ?? []).filter((f) => !f.endsWith("ing") && !/s$/.test(f));
}

/**
 * Whether a verb token may be a past participle: an -ed or participle form, or a past that
 * is its participle too ("built", "held"), which the tagger can only guess between.
 */
export function mayBeParticiple(t: {
  form?: string | null;
  lower: string;
  lemma: string;
}): boolean {
  return (
    t.form === "ed" ||
    t.form === "part" ||
    (t.form === "past" && pastIsParticiple(t.lower, t.lemma))
  );
}
