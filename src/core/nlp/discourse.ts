/**
 * Adverbs that open a sentence to tie it to the one before ("However, …", "Similarly, …"):
 * read alone, such a sentence answers something it does not say.
 */
export const CONNECTIVE =
  /^(?:however|instead|nevertheless|nonetheless|meanwhile|thus|therefore|consequently|furthermore|moreover|also|then|still|yet|besides|otherwise|likewise|similarly|conversely|additionally|accordingly|hence|subsequently|afterwards|later|again)$/;
