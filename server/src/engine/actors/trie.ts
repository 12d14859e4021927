/**
 * Every alias of every actor compiled once into a trie over normalised words.
 *
 * Why hand-written: no matching library does whole-word, multi-pattern matching with per-pattern
 * case rules, hyphen/space/line-break equivalence, dotted acronyms and possessives while
 * reporting offsets into the original text. One alternation regex could do the words but not
 * the per-alias case rules without one regex per case mode and per normalisation, and it still
 * needs a second pass for the longest match. Walking a word trie is linear in the text (times
 * the longest alias, in words) and independent of the number of aliases.
 */
import type { Alias } from '../factbase/model';
import { gapKey, isHyphenated, tokenize, type Token } from './normalise';

/** One alias ending at a trie node. */
export interface AliasEntry {
  actorId: string;
  /** The alias's words as written, when it is case-sensitive. */
  exact?: string[];
  /**
   * Words (by position in the trie path) that have a capital in a derived alias: at least one
   * of them must have a capital in the text too (see addAlias).
   */
  capitals: number[];
}

export interface TrieNode {
  /** Keyed by the first word's key, then by `gapKey + SEP + word key`. */
  next: Map<string, TrieNode>;
  /** In insertion order: the first entry that accepts the text wins. */
  entries: AliasEntry[];
}

const SEP = '\u0001';

export function emptyTrie(): TrieNode {
  return { next: new Map(), entries: [] };
}

/**
 * `requireCapital`: the text must have a capital where the alias has one — for aliases the
 * matcher guessed (derived surnames), which only a capitalised word can safely be taken for.
 */
export function addAlias(root: TrieNode, actorId: string, alias: Alias, { requireCapital = false } = {}): void {
  const tokens = tokenize(alias.text);
  if (tokens.length === 0) return;
  const gaps = tokens.map((t, i) => (i === 0 ? '' : alias.text.slice(tokens[i - 1]!.end, t.start)));
  if (alias.caseSensitive) {
    insert(root, tokens.map((t, i) => pathKey(gaps[i]!, t.key, i)), { actorId, exact: tokens.map((t) => t.exact), capitals: [] });
    return;
  }
  const capitalsOf = (words: string[]) => (requireCapital ? capitals(words) : []);
  insert(root, tokens.map((t, i) => pathKey(gaps[i]!, t.key, i)), { actorId, capitals: capitalsOf(tokens.map((t) => t.exact)) });
  // Writers drop the hyphens of transliterated names ("Tehreekitaliban", "Jaishe"): also
  // index the case-insensitive alias with its hyphenated words run together.
  if (gaps.some(isHyphenated)) {
    const words: string[] = [];
    const written: string[] = [];
    const joins: string[] = [];
    tokens.forEach((t, i) => {
      if (i > 0 && isHyphenated(gaps[i]!)) {
        words[words.length - 1] += t.key;
        written[written.length - 1] += t.exact;
      } else {
        words.push(t.key);
        written.push(t.exact);
        joins.push(gaps[i]!);
      }
    });
    insert(root, words.map((w, i) => pathKey(joins[i]!, w, i)), { actorId, capitals: capitalsOf(written) });
  }
}

function capitals(words: string[]): number[] {
  return words.flatMap((w, i) => (/\p{Lu}/u.test(w) ? [i] : []));
}

function pathKey(gap: string, key: string, index: number): string {
  return index === 0 ? key : gapKey(gap) + SEP + key;
}

function insert(root: TrieNode, path: string[], entry: AliasEntry): void {
  let node = root;
  for (const key of path) {
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = emptyTrie()));
    node = child;
  }
  if (!node.entries.some((e) => sameEntry(e, entry))) node.entries.push(entry);
}

function sameEntry(a: AliasEntry, b: AliasEntry): boolean {
  return a.actorId === b.actorId && a.exact?.join(' ') === b.exact?.join(' ') && a.capitals.join() === b.capitals.join();
}

/** The child reached from `node` by the word `tokens[j]`, read after `tokens[j-1]`. */
export function step(node: TrieNode, text: string, tokens: Token[], j: number, first: boolean): TrieNode | undefined {
  const token = tokens[j]!;
  if (first) return node.next.get(token.key);
  return node.next.get(gapKey(text.slice(tokens[j - 1]!.end, token.start)) + SEP + token.key);
}

/** Whether the words of `entry`'s alias, starting at `tokens[i]`, are written the way it requires. */
export function accepts(entry: AliasEntry, tokens: Token[], i: number): boolean {
  if (entry.exact) {
    // An alias word in lower case ("the" in "the West") may be capitalised at a sentence start.
    return entry.exact.every((word, k) => {
      const written = tokens[i + k]!.exact;
      return written === word || (/^\p{Ll}/u.test(word) && written === capitalise(word));
    });
  }
  return entry.capitals.length === 0 || entry.capitals.some((k) => /\p{Lu}/u.test(tokens[i + k]!.exact));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
