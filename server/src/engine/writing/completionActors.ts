/**
 * Actors whose name or alias starts with what the writer is typing, so a completion can put
 * the canonical spelling in. Matching ignores case, diacritics, and the difference between
 * hyphens, dashes and spaces ("tehrik e" finds "Tehrik-e-Taliban Pakistan"), like the actor
 * matcher does for whole names.
 */
import type { Actor } from '../factbase/model';
import { fold } from '../actors/normalise';

export interface ActorPrefixMatch {
  actor: Actor;
  /** The alias (or name) the typed text begins, as the fact base writes it. */
  alias: string;
  /** Where the typed text the alias matched starts. */
  start: number;
}

/** Typed text must have this many letters before actors are offered. */
export const MIN_LETTERS = 2;
/** The longest phrase looked at: this many words, the last one being the word at the cursor. */
const MAX_WORDS = 4;

interface IndexEntry {
  key: string;
  alias: string;
  actor: Actor;
}

/** Sorted alias keys per actor list: built once per Knowledge, binary-searched per keystroke. */
const indexes = new WeakMap<readonly Actor[], IndexEntry[]>();

function searchKey(text: string): string {
  return fold(text).replace(/[\s\u00ad\u2010-\u2015\u2212-]+/g, ' ');
}

function indexFor(actors: readonly Actor[]): IndexEntry[] {
  let index = indexes.get(actors);
  if (!index) {
    index = actors.flatMap((actor) =>
      [actor.name, ...actor.aliases.map((a) => a.text)].map((alias) => ({ key: searchKey(alias), alias, actor })),
    );
    index.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    indexes.set(actors, index);
  }
  return index;
}

/** Entries whose key starts with `prefix`. */
function withPrefix(index: readonly IndexEntry[], prefix: string): IndexEntry[] {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index[mid]!.key < prefix) low = mid + 1;
    else high = mid;
  }
  const found: IndexEntry[] = [];
  for (let i = low; i < index.length && index[i]!.key.startsWith(prefix); i++) found.push(index[i]!);
  return found;
}

/**
 * Actors the text typed before `offset` begins a name of: first with the longest phrase of up
 * to MAX_WORDS words on the line ("Amir Kh" → Amir Khan Muttaqi), then shorter ones down to the
 * word at the cursor ("Mutt" → Amir Khan Muttaqi through its alias "Muttaqi"). One match per
 * actor, by the longest phrase and then the shortest alias.
 */
export function actorsByPrefix(actors: readonly Actor[], text: string, wordStart: number, offset: number): ActorPrefixMatch[] {
  const index = indexFor(actors);
  const matches = new Map<string, ActorPrefixMatch>();
  for (const start of phraseStarts(text, wordStart)) {
    const typed = text.slice(start, offset);
    if ((typed.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) continue;
    const found = withPrefix(index, searchKey(typed)).sort((a, b) => a.alias.length - b.alias.length);
    for (const entry of found) {
      if (!matches.has(entry.actor.id)) matches.set(entry.actor.id, { actor: entry.actor, alias: entry.alias, start });
    }
  }
  return [...matches.values()];
}

/** Starts of the phrases ending in the word at `wordStart`, longest first, on the same line. */
function phraseStarts(text: string, wordStart: number): number[] {
  const starts = [wordStart];
  let at = wordStart;
  while (starts.length < MAX_WORDS) {
    const previous = /([\p{L}\p{M}\p{N}]+)[ \u00a0\u2010-\u2015-]$/u.exec(text.slice(Math.max(0, at - 60), at));
    if (!previous) break;
    at -= previous[0].length;
    starts.push(at);
  }
  return starts.reverse();
}
