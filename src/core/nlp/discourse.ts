/**
 * Adverbs that open a sentence to tie it to the one before ("However, …", "Similarly, …"):
 * read alone, such a sentence answers something it does not say.
 */
export const CONNECTIVE =
  /^(?:however|instead|nevertheless|nonetheless|meanwhile|thus|therefore|consequently|furthermore|moreover|also|then|still|yet|besides|otherwise|likewise|similarly|conversely|additionally|accordingly|hence|subsequently|afterwards|later|again)$/;

/**
 * Adverbs that only weigh a sentence against others ("Most famously,", "Notably,") or say how
 * the writer feels about it ("Tragically,", "Fortunately,"): what happened is the same without
 * them. An alternation.
 */
export const WEIGHING =
  "(?:perhaps )?most (?:famously|notably|importantly|significantly)|famously|notably|ironically|interestingly|remarkably|tellingly|tragically|sadly|unfortunately|fortunately|luckily|unluckily|regrettably|happily|surprisingly|curiously|oddly|strangely";

/**
 * Words and phrases that link a sentence to the one before without changing what it says
 * ("As expected, Britain declared war", "…, however, when they captured Pondicherry"; "At
 * last, the United States succeeded", which says only that it came after a wait), or that
 * only weigh it against others ("Most famously, on September 3, 1863, the British Government
 * impounded …"): an event is told without them. An alternation, for a regular expression.
 */
export const LINKING = `however|moreover|furthermore|nevertheless|nonetheless|therefore|thus|consequently|hence|accordingly|indeed|in fact|of course|as expected|predictably|in turn|in addition|additionally|to (?:this|that) end|at last|at length|finally|eventually|ultimately|${WEIGHING}`;
