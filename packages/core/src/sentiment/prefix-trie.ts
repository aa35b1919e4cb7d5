interface TrieNode<T> {
  children: Map<number, TrieNode<T>> | undefined;
  value: T | undefined;
}

/** Keys stored by UTF-16 code unit, for longest-prefix look-ups without building substrings. */
export interface PrefixTrie<T> {
  /** The value of the longest key that `text` holds at `from` and that ends at or before `to`, if any. */
  longest(text: string, from: number, to?: number): T | undefined;
}

/**
 * Builds a trie over non-empty keys (a later duplicate key replaces the earlier value). One walk from a position
 * finds the longest key there, where testing every key that shares the first character would take one
 * comparison per key.
 * @example createPrefixTrie([['不好', 1], ['不好用', 2]]).longest('这个不好用', 2) // 2
 */
export function createPrefixTrie<T>(entries: Iterable<readonly [string, T]>): PrefixTrie<T> {
  const root: TrieNode<T> = { children: undefined, value: undefined };
  for (const [key, value] of entries) {
    if (key === '') continue;
    let node = root;
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index);
      node.children ??= new Map();
      let next = node.children.get(code);
      if (!next) node.children.set(code, (next = { children: undefined, value: undefined }));
      node = next;
    }
    node.value = value;
  }
  return {
    longest(text, from, to = text.length) {
      let node: TrieNode<T> | undefined = root;
      let best: T | undefined;
      for (let index = from; index < to; index++) {
        node = node.children?.get(text.charCodeAt(index));
        if (!node) break;
        if (node.value !== undefined) best = node.value;
      }
      return best;
    },
  };
}
