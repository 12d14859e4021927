/**
 * The Markdown shown when hovering an actor's name: who it is, what it is called, and what the
 * sources say about it, each fact with its citation. Bounded so a well-documented actor still
 * fits a hover.
 */
import type { Actor, Fact, Source, SourceRef } from '../factbase/model';
import { formatValue } from '../factbase/values';

/** The part of `Knowledge` (factbase/knowledge.ts) a hover needs. */
export interface ActorKnowledge {
  actor(id: string): Actor | undefined;
  source(id: string): Source | undefined;
  factsAbout(actorId: string): Fact[];
  cite(ref: SourceRef): string;
}

const MAX_FACTS = 8;
const MAX_ALIASES = 12;

export function describeActor(actor: Actor, knowledge: ActorKnowledge): string {
  const parts = [`**${escape(actor.name)}** · ${actor.kind.replaceAll('-', ' ')}`];
  if (actor.role) parts.push(escape(actor.role));
  if (actor.general) parts.push('*General knowledge: this entry does not come from a source.*');

  // The source's own names first; general-knowledge variants after them, marked once.
  const aliases = actor.aliases.filter((a) => a.text !== actor.name);
  const fromSources = aliases.filter((a) => !a.general);
  const general = aliases.filter((a) => a.general);
  if (fromSources.length > 0) {
    const shown = fromSources.slice(0, MAX_ALIASES).map((a) => escape(a.text));
    parts.push(`**Also:** ${shown.join(', ')}${more(fromSources.length - shown.length)}`);
  }
  if (general.length > 0) {
    const shown = general.slice(0, MAX_ALIASES).map((a) => escape(a.text));
    parts.push(`**Also written (general knowledge):** ${shown.join(', ')}${more(general.length - shown.length)}`);
  }
  if (actor.related.length > 0) {
    const names = actor.related.map((id) => escape(knowledge.actor(id)?.name ?? id));
    parts.push(`**Related:** ${names.join(', ')}`);
  }

  const facts = knowledge.factsAbout(actor.id);
  if (facts.length > 0) {
    const lines = facts.slice(0, MAX_FACTS).map((fact) => `- ${describeFact(fact, knowledge)}`);
    if (facts.length > MAX_FACTS) lines.push(`- …and ${facts.length - MAX_FACTS} more`);
    parts.push(`**What the sources say**\n\n${lines.join('\n')}`);
  }

  const mentioned = mentionsBySource(actor.mentions).map(
    ([source, paragraphs]) => `*${escape(knowledge.source(source)?.title ?? source)}*, ¶${paragraphs.join(', ')}`,
  );
  if (mentioned.length > 0) parts.push(`**Mentioned in:** ${mentioned.join('; ')}`);
  return parts.join('\n\n');
}

function describeFact(fact: Fact, knowledge: ActorKnowledge): string {
  const details = [
    fact.value ? `**${formatValue(fact.value, fact.qualifier)}**` : '',
    fact.attribution ? escape(fact.attribution.text) : '',
  ].filter(Boolean);
  const cite = knowledge.cite({ source: fact.source, paragraph: fact.paragraph });
  return `${escape(fact.statement)}${details.length ? ` (${details.join(', ')})` : ''} — *${escape(cite)}*`;
}

/** Source ids in first-mention order, each with its paragraphs sorted and deduplicated. */
function mentionsBySource(mentions: readonly SourceRef[]): [string, number[]][] {
  const bySource = new Map<string, Set<number>>();
  for (const { source, paragraph } of mentions) {
    const paragraphs = bySource.get(source) ?? new Set<number>();
    paragraphs.add(paragraph);
    bySource.set(source, paragraphs);
  }
  return [...bySource].map(([source, paragraphs]) => [source, [...paragraphs].sort((a, b) => a - b)]);
}

function more(count: number): string {
  return count > 0 ? `, and ${count} more` : '';
}

/** Keeps fact base text from being read as Markdown syntax in the hover. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}
