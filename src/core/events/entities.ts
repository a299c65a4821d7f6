import { nameKey } from "../names.ts";
import { COMPANY_FORM } from "../nlp/tokens.ts";
import { isStopword } from "./tokens.ts";

/*
 * Named entities: runs of capitalised words, joined across name particles
 * ("Hay'at Tahrir al-Sham", "Army of Conquest", "Osama bin Laden", "Charles de
 * Gaulle"), without titles ("President", "Maj. Gen."), month or weekday names,
 * or a common word that is capitalised only because it opens the sentence.
 */

/** Lower-case words inside personal names: "Osama bin Laden", "Charles de Gaulle", "Van Halen". */
export const NAME_PARTICLES =
  "de|del|della|di|da|du|des|dos|das|la|le|van|von|der|den|bin|ibn|bint|al|el";
const PARTICLE = new RegExp(`^(?:of|the|for|abu|y|${NAME_PARTICLES})$`);
/** A name particle written with a capital ("Van Halen", "El Salvador", not "LA") opens a name. */
const OPENING_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`, "i");
const PREFIXED = /^(?:al|el|ad|as|an|ar|at|az|ash)-\p{Lu}/u;
/** Words that precede a name without being part of it. */
export const TITLES: ReadonlySet<string> = new Set(
  (
    "president prime minister mr mrs ms dr sir lord lady gen maj col lt capt sgt adm sen rep gov " +
    "senator governor general major colonel captain king queen prince princess pope sheikh former " +
    "chancellor secretary ambassador judge justice mayor commander head chief emir sultan minister " +
    "professor prof saint st deputy foreign defence defense interior vice premier chairman " +
    "chairwoman speaker emperor empress tsar czar admiral commodore marshal bishop archbishop cardinal"
  ).split(" "),
);
/** "the U.S.S. Ticonderoga", "HMS Beagle": a ship's prefix, written before its name like a title. */
const SHIP_PREFIX = new Set(["u.s.s", "uss", "hms", "h.m.s", "rms", "hmas", "hmcs"]);

/**
 * Head nouns of the names of bodies: "General Secretary of the Communist Party Zhao
 * Ziyang" names an office (a title, "of", a body) and then its holder, so the body's
 * name ends at its head noun.
 */
export const BODY_HEAD =
  /^(?:Party|Council|Committee|Union|Republic|Army|Navy|Church|Company|Bank|Assembly|Congress|Parliament|Senate|Government|Ministry|Department|Office|Court|Board|Commission|Federation|League|Association|Society|University|College|Institute|Academy|Corporation|Agency|Bureau|Service|Forces|Kingdom|Empire|Nations|State|States|Front|War|Treasury|Finance|Justice|Commerce|Labor|Labour|Agriculture|Education|Health|Energy|Transport|Transportation|Movement|Organization|Organisation|Conference|Convention)$/;
/** "Senator from Minnesota Amy Klobuchar", "Representative from Texas Joaquin Castro": a seat, then who holds it. */
export const SEAT_FROM =
  /\b(?:senator|sen\.|representative|rep\.|congressman|congresswoman|delegate|governor)\s+from\s+$/i;
/**
 * Kinds of documents and bodies that a text names in full once and then calls "the Act",
 * "the Treaty": alone, such a word is no name of anything.
 */
export const NAMED_KIND =
  /^(?:act|treaty|agreement|accord|accords|pact|convention|declaration|proclamation|bill|charter|decree|resolution|amendment|doctrine|conference|commission|committee|company)$/;
/** Month and weekday names, written out or cut short: a time, never a name of anything. */
export const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

const DEMONYM = /(?:ian|ean|ese|ish|ic|i)$/;
/** "at 1922 UTC": a time zone is part of a time, not a name of anything that acts or is acted on. */
const TIME_ZONE =
  /^(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT)$/;

/**
 * Capitalised names in a sentence, in order of appearance, without duplicates.
 * `known` holds words seen capitalised inside sentences elsewhere in the document:
 * a single capitalised word opening the sentence counts as a name only if known.
 */
export function extractEntities(sentence: string, known?: Set<string>): string[] {
  const tokens = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map((m) => ({
    // "J." and "U.S." keep their stop; a single letter ending the sentence ("Aleksei I.") does not.
    word: m[0]
      .replace(/[.'’]+$/, (t) =>
        /^\p{Lu}(?:\.\p{Lu})*\.$/u.test(m[0]) &&
        (m[0].length > 2 || /\S/.test(sentence.slice(m.index + m[0].length)))
          ? t
          : "",
      )
      .replace(/['’]s$/, ""),
    at: m.index,
    end: m.index + m[0].length,
  }));
  const out: string[] = [];
  const keys = new Set<string>();
  let run: string[] = [];
  let runStart = -1;
  let lastEnd = -1;
  // Whether the run names a seat and then its holder ("Senator from Minnesota Amy Klobuchar").
  let seatRun = false;
  const flush = (next?: string) => {
    if (seatRun && run.length >= 3) {
      // The holder is the last two words (a given name and a surname); the place is before.
      const holder = run.splice(run.length - 2);
      seatRun = false;
      flush(holder[0]);
      run = holder;
    }
    seatRun = false;
    // "Departing Washington, DC, on May 4, …": a participle opening the sentence, written
    // capitalised for that alone, is no part of the name after it.
    // So is a calling in -ist ("Scientist Norman Borlaug", "Journalist Maria Ressa").
    if (
      runStart === 0 &&
      run.length > 1 &&
      /(?:ing|ed|ist)$/.test(run[0] ?? "") &&
      known !== undefined &&
      !known.has(run[0] ?? "")
    ) {
      run.shift();
      runStart = -1;
    }
    // "Republican George W. Bush", "Democrat Andrew Jackson": a party member's label before a
    // person's name describes them, as a title does ("Republican Guard" and "the Republican
    // National Committee" are names of their own).
    if (
      run.length >= 3 &&
      /^(?:Republican|Democrat)$/.test(run[0] ?? "") &&
      !run.slice(1).some((w) => BODY_HEAD.test(w) || PARTICLE.test(w))
    )
      run.shift();
    while (run.length > 0 && PARTICLE.test(run[run.length - 1] ?? "")) run.pop();
    let stripped = false;
    // ("Van Halen", "De Gaulle", "El Salvador", "La Paz": a particle written with its capital
    // opens the name; "The", "Of" do not.)
    const opensName = (w: string) =>
      /^\p{Lu}\p{Ll}*$/u.test(w) && OPENING_PARTICLE.test(w) && run.length > 1;
    while (
      run.length > 0 &&
      !opensName(run[0] ?? "") &&
      (PARTICLE.test((run[0] ?? "").toLowerCase()) || isStopword(run[0] ?? ""))
    ) {
      run.shift();
      stripped = true;
    }
    const name = run.join(" ");
    const single = run.length === 1 ? (run[0] ?? "") : "";
    const opener =
      runStart === 0 &&
      !stripped &&
      single !== "" &&
      (isStopword(single) || (known !== undefined && !known.has(single)));
    const adjective =
      single !== "" && DEMONYM.test(single) && next !== undefined && /^\p{Ll}/u.test(next);
    const kindOnly = single !== "" && NAMED_KIND.test(single.toLowerCase());
    const key = nameKey(name);
    if (
      name.length > 1 &&
      key.length > 1 &&
      !opener &&
      !adjective &&
      !kindOnly &&
      !CALENDAR.test(name) &&
      !TIME_ZONE.test(name) &&
      // ("section VI", "Apollo XI": a Roman numeral alone numbers something; it names nothing.)
      !/^[IVXLC]+$/.test(name) &&
      !keys.has(key)
    ) {
      keys.add(key);
      out.push(name);
    }
    run = [];
    runStart = -1;
  };
  // 0: nothing; 1: after a title; 2: after "title of (the)"; 3: in the body's name after it.
  let office = 0;
  for (const [ti, t] of tokens.entries()) {
    // "sank to World No. 141": "No." before a number abbreviates "number", and the words
    // before it label a rank or an item ("World No. 1", "Symphony No. 5"), not a name.
    if (/^(?:No|Nos|Nr)$/.test(t.word) && /^\.\s*\d/.test(sentence.slice(t.end - 1))) {
      run = [];
      runStart = -1;
      lastEnd = t.end;
      continue;
    }
    const gap = sentence.slice(lastEnd, t.at);
    const capital = /^\p{Lu}/u.test(t.word) || PREFIXED.test(t.word);
    // "Kiss & Fly", "Johnson & Johnson": an ampersand between capitalised words joins one name.
    const ampersand = run.length > 0 && capital && gap === " & ";
    if (ampersand) run.push("&");
    // ("Kokoro Co., Ltd.": a company's legal form after a comma goes on with its name.)
    const before = tokens[ti - 1];
    if (run.length > 0 && before !== undefined && gap === ", " && COMPANY_FORM.test(t.word)) {
      run[run.length - 1] = sentence.slice(before.at, t.end).replace(/\.$/, "");
      lastEnd = t.end;
      continue;
    }
    const adjacent = lastEnd < 0 || /^[ ]+$/.test(gap) || ampersand;
    if (run.length > 0 && !adjacent) flush(t.word);
    const bare = t.word.toLowerCase().replace(/\.$/, "");
    // "the Department of Defense", "the Ministry of Foreign Affairs": after a body's head noun
    // and "of", a word that can be a title ("Defense Minister") is the body's name going on.
    const lastWord = [...run].reverse().find((w) => !PARTICLE.test(w));
    const ofBody =
      run.length >= 2 && PARTICLE.test(run[run.length - 1] ?? "") && BODY_HEAD.test(lastWord ?? "");
    const title = (TITLES.has(bare) || SHIP_PREFIX.has(bare)) && capital && !ofBody;
    if (title) {
      if (run.length > 0) flush(t.word);
    } else if (capital && !CALENDAR.test(t.word)) {
      if (run.length === 0) {
        runStart = t.at;
        seatRun = SEAT_FROM.test(sentence.slice(Math.max(0, t.at - 30), t.at));
      }
      // The body an office is of ends at its head noun; its holder's name follows. A body
      // of one word ("Secretary of State", "of War") is the office's department, not a name.
      else if (
        office === 3 &&
        BODY_HEAD.test(run[run.length - 1] ?? "") &&
        !BODY_HEAD.test(t.word)
      ) {
        if (run.length === 1) run = [];
        else flush(t.word);
        runStart = t.at;
        office = 0;
      }
      run.push(t.word);
      // "Walid Jumblatt’s Popular Socialist Party": a name of two words or more in the
      // possessive is the owner's, and what follows another name. Not a possessive inside a
      // name: of one word ("People's Republic"), after "of" ("Battle of Moore's Creek
      // Bridge"), or of people as a kind ("International Workingmen's Association").
      if (
        run.length >= 2 &&
        /['’]s$/.test(sentence.slice(t.at, t.end)) &&
        !run.some((w) => PARTICLE.test(w)) &&
        !/(?:men|people|children|folk)$/i.test(t.word)
      )
        flush(tokens[ti + 1]?.word);
    } else if (
      office === 3 &&
      run.length === 1 &&
      BODY_HEAD.test(run[0] ?? "") &&
      t.word === "for"
    ) {
      // "Secretary of War for the Republic of Texas": the department, then what it serves.
      run = [];
    } else if (
      run.length > 0 &&
      /^\d{1,3}[A-Z]?$/.test(t.word) &&
      adjacent &&
      !PARTICLE.test(run[run.length - 1] ?? "") &&
      // ("In 382 Jerome went": after a capitalised preposition the number is a year.)
      !isStopword(run[run.length - 1] ?? "") &&
      !CALENDAR.test(run[run.length - 1] ?? "") &&
      // ("4,000", "3.5", "11%": a number that goes on is a quantity; a comma or a stop
      // after it ends the name, "Launch Pad 39B, where".)
      !/^(?:[\d%:/]|[.,]\d)/.test(sentence.slice(t.end, t.end + 2)) &&
      !/^\s+(?:\p{Ll}+s\b|percent|per\b)/u.test(sentence.slice(t.end))
    ) {
      // "Apollo 11", "Pioneer 4", "High Bay 1", "Resolution 686", "Launch Pad 39B": a number
      // (with a letter) right after a name says which of a series it is, and is part of it
      // (not "4 people", "11 percent").
      run.push(t.word);
    } else if (
      run.length > 0 &&
      PARTICLE.test(t.word) &&
      adjacent &&
      // ("High Bay 1 of the Vehicle Assembly Building": after its number a name is complete.)
      !/^\d/.test(run[run.length - 1] ?? "")
    ) {
      run.push(t.word);
    } else if (
      run.length > 0 &&
      /^(?:on|to)$/.test(t.word) &&
      adjacent &&
      BODY_HEAD.test(run[run.length - 1] ?? "") &&
      /^\p{Lu}/u.test(tokens[ti + 1]?.word ?? "") &&
      !CALENDAR.test(tokens[ti + 1]?.word ?? "")
    ) {
      // "the Commission on Presidential Debates", "the Council on Foreign Relations": "on"
      // after a body's head noun goes on with its name.
      run.push(t.word);
    } else if (run.length > 0 && t.word === "and" && adjacent && bodyNameGoesOn(tokens, ti, run)) {
      // "the Kenya Land and Freedom Army": an "and" inside a body's name, whose head noun
      // comes only after it.
      run.push(t.word);
    } else if (run.length > 0) {
      flush(t.word);
    }
    office = title
      ? 1
      : (office === 1 || office === 2) && /^(?:of|the)$/.test(t.word)
        ? 2
        : (office === 2 || office === 3) && capital
          ? 3
          : 0;
    lastEnd = t.end;
  }
  if (run.length > 0) flush();
  return out
    .map((name) =>
      name.replace(/-(?:led|backed|held|based|run|controlled|affiliated|populated|dominated)$/, ""),
    )
    .filter((name) => !/^\d/.test(name) && nameKey(name).length > 1);
}

/**
 * Whether the capitalised words after the "and" at `i` end in a body's head noun that the run
 * before it lacks, and "the" opened that run: then both are one name.
 */
function bodyNameGoesOn(tokens: readonly { word: string; at: number }[], i: number, run: string[]) {
  // ("the United Nations Conference on Trade and Employment", "the Department of Health and
  // Human Services": after a body's head and its "on", "of" or "for", an "and" joins the
  // last phrase's words, up to the name's end.)
  const head = run.findIndex(
    (w, k) => BODY_HEAD.test(w) && /^(?:of|on|for)$/.test(run[k + 1] ?? ""),
  );
  if (
    head >= 0 &&
    run.length > head + 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1]?.word ?? "") &&
    !/^(?:The|A|An)$/.test(tokens[i + 1]?.word ?? "") &&
    // (Not a second body with a name of its own: "the University of Washington and Center
    // for Ecosystem Sentinels".)
    !/^(?:of|on|for)$/.test(tokens[i + 2]?.word ?? "") &&
    !BODY_HEAD.test(tokens[i + 1]?.word ?? "")
  )
    return true;
  if (BODY_HEAD.test(run[run.length - 1] ?? "") || run.length < 2 || run.length > 3) return false;
  let k = i + 1;
  while (/^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.word ?? "") && k - i <= 3) k++;
  const tail = tokens.slice(i + 1, k).map((t) => t.word);
  if (tail.length < 2 || !BODY_HEAD.test(tail[tail.length - 1] ?? "")) return false;
  return /^the$/i.test(tokens[i - run.length - 1]?.word ?? "");
}

/** Capitalised words that occur inside sentences (not first): evidence that an opening word is a name. */
export function knownNames(sentences: string[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const words = s.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
    words.slice(1).forEach((w) => {
      if (/^\p{Lu}/u.test(w)) out.add(w.replace(/['’]s$/, ""));
    });
  }
  return out;
}
