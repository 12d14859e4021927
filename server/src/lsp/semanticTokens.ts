/**
 * Semantic tokens for actor mentions, so themes can colour the actors the fact bases know.
 * One token type, `actor`; the `general` modifier marks a mention the sources do not back:
 * of an actor whose whole entry is general knowledge, or through an alias marked general
 * (package.json describes the modifier so).
 */
import { SemanticTokensBuilder, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver/node';
import { type ActorMention, aliasKey, firstIndexWhere, type Knowledge } from '../engine';
import type { Snapshot } from './analyses';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: ['actor'], tokenModifiers: ['general'] };
const ACTOR = 0;
const GENERAL = 1 << 0;

/** Tokens for the whole document, or for the mentions overlapping `range`. */
export function semanticTokens(snapshot: Snapshot, range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const mentions = snapshot.analysis?.mentions ?? [];
  const { doc, knowledge } = snapshot;
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : Infinity;
  const general = generalAliases(knowledge);
  for (let i = firstIndexWhere(mentions, (m) => m.end > from); i < mentions.length && mentions[i]!.start < to; i++) {
    const mention = mentions[i]!;
    const modifiers = general(mention) ? GENERAL : 0;
    const start = doc.positionAt(mention.start);
    const end = doc.positionAt(mention.end);
    // LSP tokens cannot span lines: a name broken across lines is one token per line.
    for (let line = start.line; line <= end.line; line++) {
      const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
      const first = line === start.line ? start.character : lineText.search(/\S|$/);
      const last = line === end.line ? end.character : lineText.length;
      if (last > first) builder.push(line, first, last - first, ACTOR, modifiers);
    }
  }
  return builder.build();
}

/** Per Knowledge: the alias keys marked general, per actor id. */
const generalKeys = new WeakMap<Knowledge, Map<string, Set<string>>>();

function generalAliases(knowledge: Knowledge): (mention: ActorMention) => boolean {
  let keys = generalKeys.get(knowledge);
  if (!keys) {
    keys = new Map(knowledge.actors.map((actor) => [actor.id, new Set(actor.aliases.filter((a) => a.general).map((a) => aliasKey(a.text)))]));
    generalKeys.set(knowledge, keys);
  }
  const byActor = keys;
  return (mention) => {
    if (knowledge.actor(mention.actorId)?.general) return true;
    const general = byActor.get(mention.actorId);
    return general !== undefined && general.size > 0 && general.has(aliasKey(mention.text));
  };
}
