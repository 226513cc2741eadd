declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string;
  export default stem;
}

declare module 'wink-lexicon/src/irregular-verbs.js' {
  const verbs: Record<string, string>;
  export default verbs;
}
