/**
 * Finds the actors a brief names. Rules (see docs/fact-base.md and test/fixtures/actors):
 * - whole words only: "STTP", "blast", "KPK", "TTPs" (also "tactics, techniques and procedures")
 *   never match TTP, BLA, KP; names never match inside longer words;
 * - case-sensitive aliases (acronyms) match as written, a lower-case alias word may be
 *   capitalised ("The West"); names ignore case and diacritics ("taliban", "PAKISTAN"), except
 *   surnames the matcher derives itself, which need their capital (they were never listed);
 * - hyphens, dashes, runs of whitespace and line breaks between words are equivalent, and a
 *   hyphenated alias also matches with the hyphens dropped; "U.S." equals "US";
 * - a possessive ("TTP's", "Taliban’") is outside the mention; a leading "the" is outside it
 *   unless the alias itself starts with "the";
 * - at each word the longest alias wins, left to right, without overlaps; when actors share an
 *   alias, the actor listed first wins;
 * - an actor's `notNames` ("West Bank" for the West) take part in the longest match like
 *   case-insensitive aliases, with or without "the", and what they match is no mention.
 */
import type { Actor } from '../factbase/model';
import type { ProseBlock, ProseDocument } from '../markdown/model';
import type { ActorMention } from './model';
import { deriveAliases } from './derived';
import { aliasKey, tokenize, type Token } from './normalise';
import { accepts, addAlias, emptyTrie, step, type AliasEntry, type TrieNode } from './trie';

/** The actor id of entries for `notNames`: no actor id is empty (the schema requires one). */
const NOT_A_MENTION = '';

export class ActorMatcher {
  private readonly root: TrieNode = emptyTrie();

  constructor(actors: readonly Actor[]) {
    // Aliases from the data go in first so they win over derived ones at the same node.
    for (const actor of actors) {
      for (const alias of actor.aliases) addAlias(this.root, actor.id, alias);
      // The name is always an alias; one listed explicitly keeps its own case rule.
      const name = aliasKey(actor.name);
      if (!actor.aliases.some((a) => aliasKey(a.text) === name)) {
        addAlias(this.root, actor.id, { text: actor.name, caseSensitive: !/\p{Ll}/u.test(actor.name), general: false });
      }
    }
    for (const [id, aliases] of deriveAliases(actors)) {
      for (const alias of aliases) addAlias(this.root, id, alias, { requireCapital: true });
    }
    for (const actor of actors) {
      for (const text of actor.notNames) {
        // "the West" is an alias with its "the", so "the West Bank" must be listed with one too.
        const forms = /^the\s/i.test(text) ? [text] : [text, `the ${text}`];
        for (const form of forms) addAlias(this.root, NOT_A_MENTION, { text: form, caseSensitive: false, general: false });
      }
    }
  }

  /**
   * Mentions in document order. With the document's `source`, mention ends are exact even when
   * a name ends in a character reference or escape, and `text` is the source as written.
   */
  find(doc: ProseDocument, source?: string): ActorMention[] {
    return doc.blocks.flatMap((block, index) => this.findInBlock(block, index, source));
  }

  findInBlock(block: ProseBlock, index: number, source?: string): ActorMention[] {
    const { text, offsets } = block;
    const tokens = tokenize(text);
    const mentions: ActorMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.longestAt(text, tokens, i);
      if (!match) {
        i++;
        continue;
      }
      if (match.entry.actorId === NOT_A_MENTION) {
        i = match.last + 1;
        continue;
      }
      const from = tokens[i]!.start;
      const to = tokens[match.last]!.end;
      const start = offsets[from]!;
      const end = source === undefined ? offsets[to - 1]! + 1 : charEnd(source, offsets[to - 1]!);
      mentions.push({
        actorId: match.entry.actorId,
        block: index,
        start,
        end,
        text: source === undefined ? text.slice(from, to) : source.slice(start, end),
      });
      i = match.last + 1;
    }
    return mentions;
  }

  private longestAt(text: string, tokens: Token[], i: number): { entry: AliasEntry; last: number } | undefined {
    let best: { entry: AliasEntry; last: number } | undefined;
    let node = step(this.root, text, tokens, i, true);
    for (let j = i; node; ) {
      const entry = node.entries.find((e) => accepts(e, tokens, i));
      if (entry) best = { entry, last: j };
      if (++j >= tokens.length || node.next.size === 0) break;
      node = step(node, text, tokens, j, false);
    }
    return best;
  }
}

/**
 * End offset of the rendered character that starts at `offset`: one past it, or past the
 * whole character reference ("&#x627;") or backslash escape ("\.") that produced it. The
 * next character's offset would be wrong after markup such as "**TTP**".
 */
function charEnd(source: string, offset: number): number {
  if (source[offset] === '\\') return offset + 2;
  if (source[offset] === '&') {
    const ref = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/.exec(source.slice(offset, offset + 40));
    if (ref) return offset + ref[0].length;
  }
  return offset + 1;
}
