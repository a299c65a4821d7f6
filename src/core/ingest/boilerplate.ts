/*
 * Lines of a web page that are not the article: photo captions and credits,
 * "Read also"/"Read more" links, social prompts, reading time, bylines, agency
 * credits, map captions. Each rule returns the reason shown in diagnostics.
 */

type Rule = [RegExp, string];

const RULES: Rule[] = [
  [/^(?:read|see)\s+(?:also|more)\b/i, "related-article link"],
  [
    /^(?:also read|related(?: articles?| stories| coverage)?|recommended|more from|you may also like|trending|most read|popular)\s*[:|]?/i,
    "related-article link",
  ],
  [/^(?:follow us|like us|join us) on\b/i, "social prompt"],
  [
    /^(?:subscribe|sign up|newsletter|share this|share on|click here|continue reading|advertisement|sponsored|skip to)\b/i,
    "site navigation",
  ],
  [/^(?:share|tweet|email|print|comments?|save|listen|watch)$/i, "site navigation"],
  [/^\d+\s*-?\s*min(?:ute)?s?\s+read\b/i, "reading time"],
  [/\b\d+\s*min(?:ute)?s?\s+read$/i, "reading time"],
  [/\b(?:contributed to this report|contributed reporting)\.?$/i, "report credit"],
  [/^\(?(?:reporting|writing|editing|additional reporting) by\b/i, "report credit"],
  [/\/\s*(?:photo|image|picture|video)s?\s*:/i, "photo credit"],
  [
    /^(?:copyright\b|©)\s*(?:\d{4}|the\b).*(?:all rights reserved|may not be (?:published|reproduced))/i,
    "copyright notice",
  ],
  [
    /^(?:©|\(c\)|copyright\b|photo\s*:|image\s*:|picture\s*:|credit\s*:|photograph\s*:)/i,
    "photo credit",
  ],
  [/^(?:file\s*)?[-–—]?\s*AP Photo\b|\bAP Photo\s*\//, "photo credit"],
  [
    /^(?:in\s+)?(?:this|the|a|an)\s+(?:undated\s+|handout\s+|file\s+|aerial\s+)*(?:photo|image|picture|photograph|screenshot|screen grab|video grab|still|satellite image)\b/i,
    "photo caption",
  ],
  [/^FILE\s*[-–—]/, "photo caption"],
  [/^(?:map|chart|graphic|infographic|diagram)\s+(?:showing|of|shows|depicting)\b/i, "map caption"],
  [/^[A-Z]{2,6}$/, "agency credit"],
];

const CREDIT_BRACKET = /\[\s*\p{Lu}[\p{L}&/ .'-]{0,30}\]\s*$/u;
const BYLINE =
  /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al-\p{L}+))*(?:\s*[,|].{0,60})?$/u;

/** Why a line is page furniture rather than article text, or null when it is text. */
export function boilerplateReason(line: string): string | null {
  const text = line.trim();
  if (text.length === 0) return null;
  for (const [re, reason] of RULES) if (re.test(text)) return reason;
  // "… against rebels in Idlib and Aleppo [Getty]": a caption ends with its agency in brackets.
  if (CREDIT_BRACKET.test(text) && !/[.!?]["”]?\s*\[/.test(text)) return "photo caption";
  if (
    BYLINE.test(text) &&
    !/\d/.test(text) &&
    !/[.!?]$/.test(text) &&
    text.split(/\s+/).length <= 10
  ) {
    return "byline";
  }
  return null;
}
