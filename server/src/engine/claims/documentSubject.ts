/**
 * "The Ministry's written answer to Question No. 112 states that …": a body's document, named
 * by its possessive, is the subject of the reporting verb; what follows its noun ("to Question
 * No. 112", "of 3 March") says which one, and may be long or hold figures, which would
 * otherwise make the words no subject. `words`: the words before the verb.
 */
export function documentSubject(words: string[]): string[] {
  const m = OWNED_DOCUMENT.exec(words.join(' '));
  return m ? m[1]!.split(' ') : words;
}

const OWNED_DOCUMENT = /^((?:[Tt]he )?(?:\p{Lu}[\p{L}&.-]* )*\p{Lu}[\p{L}&.-]*['’]s? (?:\p{Ll}[\p{L}-]* ){0,2}?(?:answer|reply|statement|report|submission|response|letter|note|memo|release|briefing|bulletin|paper|summary|review|update|testimony|affidavit|filing|notification)) (?:to|on|of|for|in|from|dated|before) /u;
