/** Keys stored by UTF-16 code unit, for longest-prefix look-ups without building substrings. */
export interface PrefixTrie<T> {
  /** The value of the longest key that `text` holds at `from` and that ends at or before `to`, if any. */
  longest(text: string, from: number, to?: number): T | undefined;
}

interface BuildNode<T> {
  readonly children: Map<number, BuildNode<T>>;
  value: T | undefined;
}

/** Children at or above this count are searched by halves, below it one by one. */
const BINARY_SEARCH_FROM = 8;

/**
 * Builds a trie over non-empty keys (a later duplicate key replaces the earlier value). One walk from a position
 * finds the longest key there, where testing every key that shares the first character would take one
 * comparison per key. The trie is laid out in three typed arrays (each node's children sorted by code unit,
 * side by side), so a walk reads a few contiguous cache lines rather than one hash table per node.
 * @example createPrefixTrie([['不好', 1], ['不好用', 2]]).longest('这个不好用', 2) // 2
 */
export function createPrefixTrie<T>(entries: Iterable<readonly [string, T]>): PrefixTrie<T> {
  const root: BuildNode<T> = { children: new Map(), value: undefined };
  let nodeCount = 1;
  for (const [key, value] of entries) {
    if (key === '') continue;
    let node = root;
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index);
      let next = node.children.get(code);
      if (!next) {
        node.children.set(code, (next = { children: new Map(), value: undefined }));
        nodeCount++;
      }
      node = next;
    }
    node.value = value;
  }
  // Number the nodes breadth first; node n's children are codes[first[n]..first[n + 1]) and nodes[…].
  const first = new Int32Array(nodeCount + 1);
  const codes = new Uint16Array(nodeCount - 1);
  const targets = new Int32Array(nodeCount - 1);
  const values: (T | undefined)[] = new Array<T | undefined>(nodeCount).fill(undefined);
  const queue: BuildNode<T>[] = [root];
  let edge = 0;
  for (let id = 0; id < queue.length; id++) {
    const node = queue[id]!;
    values[id] = node.value;
    first[id] = edge;
    for (const [code, child] of [...node.children].sort(([a], [b]) => a - b)) {
      codes[edge] = code;
      targets[edge] = queue.length;
      queue.push(child);
      edge++;
    }
  }
  first[nodeCount] = edge;

  /** The child of `node` by `code`, or -1. */
  const childOf = (node: number, code: number): number => {
    let low = first[node]!;
    let high = first[node + 1]!;
    if (high - low < BINARY_SEARCH_FROM) {
      for (; low < high; low++) if (codes[low] === code) return targets[low]!;
      return -1;
    }
    while (low < high) {
      const middle = (low + high) >>> 1;
      const found = codes[middle]!;
      if (found === code) return targets[middle]!;
      if (found < code) low = middle + 1;
      else high = middle;
    }
    return -1;
  };

  return {
    longest(text, from, to = text.length) {
      let node = 0;
      let best: T | undefined;
      for (let index = from; index < to; index++) {
        node = childOf(node, text.charCodeAt(index));
        if (node < 0) break;
        const value = values[node];
        if (value !== undefined) best = value;
      }
      return best;
    },
  };
}
