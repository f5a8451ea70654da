declare module 'virtual:siyaq-bundle' {
  const bundle: import('./bundle').Bundle;
  export default bundle;
}

declare module 'virtual:siyaq-match-index' {
  const index: import('../match/match-index').MatchIndex;
  export default index;
}

declare module 'virtual:siyaq-match-trie' {
  const trie: import('../match/matcher').PackedTrie;
  export default trie;
}
