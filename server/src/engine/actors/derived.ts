/**
 * Aliases the matcher adds for people, because briefs name a person in full once and then by
 * surname ("Vikram Misri … Misri said"), or drop an honorific ("Khairullah Khairkhwa").
 *
 * For an actor of kind `person` whose name has at least two words:
 * - without leading honorifics ("Mullah", "Dr") when two or more words remain;
 * - the last word alone, when it is at least 4 letters, capitalised, not a common English word
 *   or a name part many people share (Khan, Ali, Ahmed…), and no other actor has it as an alias
 *   or derives it too: an ambiguous surname is left unmatched rather than guessed.
 * Derived aliases are never case-sensitive but, like every name, need a capital letter to match.
 */
import type { Actor, Alias } from '../factbase/model';
import { aliasKey, fold } from './normalise';

const HONORIFICS = new Set([
  'mullah', 'maulana', 'maulvi', 'mawlawi', 'mawlavi', 'sheikh', 'shaikh', 'haji', 'hafiz', 'qari',
  'mufti', 'general', 'gen', 'dr', 'mr', 'mrs', 'ms', 'sir', 'lt', 'col', 'brig', 'maj',
]);

/** Surnames that would match ordinary words, or that too many people share to identify one. */
const NOT_SURNAMES = new Set([
  // common English words that are also surnames
  'bell', 'bird', 'black', 'bush', 'brown', 'church', 'cook', 'cross', 'day', 'fisher', 'ford',
  'frank', 'gray', 'green', 'grey', 'hall', 'hill', 'hope', 'house', 'hunt', 'king', 'lane',
  'little', 'long', 'mark', 'marsh', 'mason', 'may', 'mills', 'moore', 'park', 'power', 'price',
  'rice', 'rich', 'rose', 'shaw', 'short', 'stone', 'strong', 'wall', 'ward', 'wells', 'west',
  'white', 'wood', 'young', 'grant', 'will', 'street', 'field', 'banks', 'bond', 'rule', 'best',
  'case', 'hand', 'head', 'home', 'lord', 'page', 'pope', 'post', 'ross', 'salt', 'sharp', 'well',
  // name parts shared by many people in the region
  'khan', 'ahmed', 'ahmad', 'shah', 'hussain', 'husain', 'hassan', 'hasan', 'muhammad',
  'mohammad', 'mohammed', 'abdullah', 'rahman', 'ullah', 'malik', 'akhtar', 'iqbal', 'aziz',
  'singh', 'kumar', 'sharma', 'gupta', 'rahim', 'karim', 'haq', 'islam', 'uddin', 'mahmood',
  'mahmud', 'butt', 'baig', 'mirza', 'syed', 'sayed', 'bibi', 'begum',
]);

/** Derived aliases per actor id; only actors that get any are present. */
export function deriveAliases(actors: readonly Actor[]): Map<string, Alias[]> {
  const owners = new Map<string, Set<string>>(); // folded alias → ids of actors having it
  const own = (key: string, id: string) => {
    const ids = owners.get(key) ?? new Set<string>();
    ids.add(id);
    owners.set(key, ids);
  };
  for (const actor of actors) {
    own(aliasKey(actor.name), actor.id);
    for (const alias of actor.aliases) own(aliasKey(alias.text), actor.id);
  }
  const candidates = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    const texts = candidateTexts(actor.name);
    candidates.set(actor.id, texts);
    for (const text of texts) own(aliasKey(text), actor.id);
  }
  const derived = new Map<string, Alias[]>();
  for (const actor of actors) {
    const texts = candidates.get(actor.id);
    if (!texts) continue;
    const existing = new Set([actor.name, ...actor.aliases.map((a) => a.text)].map(aliasKey));
    const aliases = texts
      .filter((text) => !existing.has(aliasKey(text)) && owners.get(aliasKey(text))!.size === 1)
      .map((text) => ({ text, caseSensitive: false, general: true }));
    if (aliases.length > 0) derived.set(actor.id, aliases);
  }
  return derived;
}

function candidateTexts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [];
  const texts: string[] = [];
  let first = 0;
  while (first < words.length - 1 && HONORIFICS.has(fold(words[first]!.replace(/\.$/, '')))) first++;
  if (first > 0 && words.length - first >= 2) texts.push(words.slice(first).join(' '));
  const last = words[words.length - 1]!;
  if (/^\p{Lu}\p{L}{3,}$/u.test(last) && !NOT_SURNAMES.has(fold(last))) texts.push(last);
  return texts;
}
