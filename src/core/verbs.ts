/*
 * English past-tense verbs and their base forms, so "Rebels captured Idlib city"
 * can become "When did rebels capture Idlib city?". Irregular verbs come from a
 * list; regular ones lose "-ed" by spelling rules (stopped → stop, evacuated →
 * evacuate, shelled → shell). A word the rules are unsure of is not a verb here,
 * and the caller falls back to a prompt that quotes the sentence.
 */

const IRREGULAR: Record<string, string> = {
  arose: "arise",
  ate: "eat",
  awoke: "awake",
  beat: "beat",
  became: "become",
  began: "begin",
  bent: "bend",
  bled: "bleed",
  blew: "blow",
  bore: "bear",
  bought: "buy",
  broke: "break",
  brought: "bring",
  built: "build",
  burnt: "burn",
  came: "come",
  caught: "catch",
  chose: "choose",
  clung: "cling",
  dealt: "deal",
  drew: "draw",
  drove: "drive",
  dug: "dig",
  fed: "feed",
  fell: "fall",
  felt: "feel",
  fled: "flee",
  flew: "fly",
  forbade: "forbid",
  forgave: "forgive",
  forgot: "forget",
  fought: "fight",
  found: "find",
  froze: "freeze",
  gave: "give",
  got: "get",
  grew: "grow",
  heard: "hear",
  held: "hold",
  hid: "hide",
  kept: "keep",
  knew: "know",
  laid: "lay",
  led: "lead",
  left: "leave",
  lent: "lend",
  lost: "lose",
  made: "make",
  meant: "mean",
  met: "meet",
  overcame: "overcome",
  overran: "overrun",
  overthrew: "overthrow",
  overtook: "overtake",
  paid: "pay",
  ran: "run",
  rang: "ring",
  rode: "ride",
  rose: "rise",
  said: "say",
  sang: "sing",
  sank: "sink",
  sat: "sit",
  saw: "see",
  sent: "send",
  shook: "shake",
  shot: "shoot",
  slew: "slay",
  sold: "sell",
  sought: "seek",
  spent: "spend",
  spoke: "speak",
  spun: "spin",
  stole: "steal",
  stood: "stand",
  struck: "strike",
  stuck: "stick",
  swept: "sweep",
  swore: "swear",
  swam: "swim",
  taught: "teach",
  thought: "think",
  threw: "throw",
  told: "tell",
  took: "take",
  tore: "tear",
  undertook: "undertake",
  understood: "understand",
  upheld: "uphold",
  went: "go",
  withdrew: "withdraw",
  withheld: "withhold",
  withstood: "withstand",
  woke: "wake",
  won: "win",
  wore: "wear",
  wrote: "write",
};

/** Words ending in -ed that are not past-tense verbs. */
const NOT_VERBS = new Set([
  "hundred",
  "kindred",
  "sacred",
  "naked",
  "wicked",
  "rugged",
  "ragged",
  "beloved",
  "wretched",
  "crooked",
  "jagged",
  "bed",
  "red",
  "shed",
  "wed",
  "sled",
  "bred",
  "sped",
  "indeed",
  "need",
  "speed",
  "seed",
  "creed",
  "greed",
  "deed",
  "feed",
  "weed",
  "bleed",
  "breed",
  "steed",
  "proceed",
  "succeed",
  "exceed",
]);

/** Past forms in -eed whose base ends in -ee. */
const EED_PAST = new Set(["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed"]);

/** Multi-syllable bases that really end in -ll (the rule below would drop one l). */
const DOUBLE_L_BASES = new Set([
  "install",
  "recall",
  "befall",
  "enroll",
  "fulfill",
  "instill",
  "distill",
  "appall",
  "enthrall",
  "forestall",
  "refill",
  "retell",
  "resell",
  "foretell",
  "overfill",
]);

/** Bases whose doubled final consonant belongs to the word itself. */
const DOUBLED_BASES = new Set([
  "add",
  "boycott",
  "butt",
  "putt",
  "watt",
  "err",
  "purr",
  "ebb",
  "odd",
]);

const VOWEL = /[aeiou]/;

function syllables(stem: string): number {
  return stem.match(/[aeiouy]+/g)?.length ?? 0;
}

/** Whether the e dropped before -ed must come back (captur → capture, evacuat → evacuate). */
function needsE(word: string): boolean {
  // "qu" and "gu" before a vowel sound as consonants: quoted, guided, acquired.
  const stem = word.replace(/qu/g, "q").replace(/gu(?=[aeiou])/g, "g");
  const last = stem.at(-1) ?? "";
  const prev = stem.at(-2) ?? "";
  const prev2 = stem.at(-3) ?? "";
  const vowelPair = VOWEL.test(prev) && VOWEL.test(prev2);
  const single = VOWEL.test(prev) && !VOWEL.test(prev2); // consonant + one vowel + last
  if (last === "u" || last === "v" || last === "c" || last === "z") return true;
  if (last === "s") return !/(?:focus|bias|canvas|atlas)$/.test(stem);
  if (last === "g")
    return !(/(?:ong|ing)$/.test(stem) || /^(?:hang|bang|clang|gang|twang)$/.test(stem));
  if (last === "l") {
    if (!VOWEL.test(prev)) return true; // handled, settled, struggled
    if (vowelPair) return false; // failed, revealed
    if (prev === "i" || prev === "u" || prev === "o") return single;
    if (prev === "a") return single && stem.length <= 4; // scaled, but signaled, totaled
    return false; // traveled, canceled
  }
  if (/(?:[ui]at|creat)$/.test(stem)) return true; // evacuated, negotiated, created
  if (vowelPair) return false; // defeated, raided, joined
  if (!single) {
    if (last === "t") return /(?:wast|tast|past|hast|bast)$/.test(stem);
    if (last === "h") return /(?:bath|breath|loath|cloth|sooth)$/.test(stem);
    return false;
  }
  switch (last) {
    case "t":
      if (prev === "a") return !/combat$/.test(stem);
      if (prev === "u") return true;
      if (prev === "i") return /[ncv]it$/.test(stem) && !/(?:solicit|elicit)$/.test(stem);
      if (prev === "o") return /(?:[vnm]ot|qot)$/.test(stem) && !/pivot$/.test(stem);
      return /(?:let|pet|cret)$/.test(stem);
    case "r":
      if (prev === "e") return /(?:interfer|adher|persever|coher|rever)$/.test(stem);
      if (prev === "o") return /(?:stor|scor|plor|gnor|ador)$/.test(stem);
      return true;
    case "d":
    case "k":
    case "b":
      return true;
    case "m":
      return prev !== "o" || /com$/.test(stem);
    case "n":
      if (prev === "i" || prev === "u") return true;
      if (prev === "o") {
        return (
          /(?:hon|zon|lon|thron|pon|ton)$/.test(stem) && !/(?:ion|son|don|mon|tton)$/.test(stem)
        );
      }
      return prev === "e" && /ven$/.test(stem);
    case "p":
      if (prev === "o") return stem.length <= 4;
      if (prev === "i") return stem.length <= 5;
      return true;
    default:
      return false;
  }
}

/** Base form of a regular past-tense verb, or null when the word is not one. */
function regularBase(word: string): string | null {
  if (!word.endsWith("ed") || word.length < 4 || NOT_VERBS.has(word)) return null;
  if (word.endsWith("eed")) return EED_PAST.has(word) ? word.slice(0, -1) : null;
  if (word.endsWith("ied")) {
    const stem = word.slice(0, -3);
    return stem.length <= 1 ? word.slice(0, -1) : `${stem}y`;
  }
  const stem = word.slice(0, -2);
  if (!VOWEL.test(stem) && !stem.includes("y")) return null;
  if (DOUBLED_BASES.has(stem)) return stem;
  const m = /([bdgklmnprtz])\1$/.exec(stem);
  if (m) {
    if (m[1] === "l") {
      // killed, shelled, quelled keep both l; controlled, travelled, expelled drop one.
      return syllables(stem.slice(0, -2)) >= 2 && !DOUBLE_L_BASES.has(stem)
        ? stem.slice(0, -1)
        : stem;
    }
    return stem.slice(0, -1);
  }
  if (/(?:ss|zz|ff)$/.test(stem)) return stem;
  return needsE(stem) ? `${stem}e` : stem;
}

/** Base form of a past-tense verb ("captured" → "capture", "began" → "begin"), or null. */
export function pastToBase(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower !== word && word !== word[0]?.toUpperCase() + lower.slice(1)) return null;
  return IRREGULAR[lower] ?? regularBase(lower);
}

/** Participles that usually describe a noun ("armed groups", "the besieged towns"). */
const ADJECTIVAL = new Set([
  "armed",
  "backed",
  "based",
  "besieged",
  "controlled",
  "detained",
  "displaced",
  "wounded",
  "injured",
  "united",
  "alleged",
  "advanced",
  "experienced",
  "retired",
  "organized",
  "organised",
  "limited",
  "isolated",
  "disputed",
  "occupied",
  "estimated",
  "unarmed",
  "trapped",
  "exiled",
  "affiliated",
  "allied",
  "coordinated",
  "fixed",
  "improvised",
  "unknown",
  "beloved",
  "led",
  "held",
  "left",
]);

const FUNCTION_WORDS = new Set([
  "a",
  "an",
  "the",
  "to",
  "of",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "into",
  "onto",
  "over",
  "under",
  "and",
  "or",
  "but",
  "that",
  "which",
  "who",
  "as",
  "its",
  "his",
  "her",
  "their",
  "our",
  "it",
  "them",
  "him",
  "themselves",
  "itself",
  "up",
  "out",
  "off",
  "down",
  "back",
  "away",
  "again",
  "towards",
  "toward",
  "against",
  "after",
  "before",
  "during",
  "near",
  "some",
  "several",
  "many",
  "all",
  "more",
  "most",
  "no",
  "not",
]);

/** Whether a word is a small function word (article, preposition, pronoun, conjunction). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/**
 * Whether `words[i]` is the finite past-tense verb of its clause: a past form,
 * lower case, and not a participle describing the next word ("armed groups").
 */
export function isPastVerbAt(words: string[], i: number): boolean {
  const word = words[i] ?? "";
  if (!/^[a-z]+$/.test(word) || pastToBase(word) === null) return false;
  const next = words[i + 1] ?? "";
  if (ADJECTIVAL.has(word) && /^[a-z][a-z-]*$/.test(next) && !isFunctionWord(next)) return false;
  // "buses accompanied by ambulances": a participle with its agent describes the noun before it.
  if (next === "by" && i > 0 && /^[a-z]+s$/.test(words[i - 1] ?? "")) return false;
  return true;
}
