/**
 * Writing completions as plain data; the language server turns them into LSP items.
 * - under a Recommendations heading, on a line that starts an entry: every recommendation of
 *   the loaded fact bases, as its snippet with the citation (the same text as the snippet file);
 * - in a key facts table, or a list under a Key facts heading: the valued facts as rows or
 *   items with the source's figure, hedge, attribution and citation (as in the skeleton);
 * - in prose, once two letters of a name or alias are typed: the actor's canonical name;
 * - in an empty document: the brief skeleton.
 * Nothing is offered in code, front matter or HTML comments.
 */
import { describeActor } from '../actors/hover';
import type { Knowledge } from '../factbase/knowledge';
import type { Fact, Recommendation } from '../factbase/model';
import type { ProseDocument } from '../markdown/model';
import { actorsByPrefix } from './completionActors';
import { completionContext, type EntryContext } from './completionContext';
import { keyFactCells, keyFactRow, briefSkeleton } from './skeleton';
import { escapeSnippetText } from './snippetSyntax';
import { recommendationSnippet } from './snippets';

export type CompletionEntryKind = 'recommendation' | 'keyFact' | 'actor' | 'skeleton';

export interface CompletionEntry {
  kind: CompletionEntryKind;
  label: string;
  detail: string;
  /** Markdown. */
  documentation: string;
  filterText: string;
  sortText: string;
  /** VS Code snippet syntax; see snippetToText for clients without snippet support. */
  snippet: string;
  /** The source range the entry replaces; the cursor is inside it, and it is on one line. */
  start: number;
  end: number;
}

/** What the editor already offers from its own snippet file, so it is not offered twice. */
export interface BundledSnippets {
  /** Fact base files whose recommendations the editor's snippet file has. */
  recommendationFiles: ReadonlySet<string>;
  skeleton: boolean;
}

export interface CompletionInput {
  text: string;
  offset: number;
  /** The latest prose analysis of the document and the text it was made from (may be older). */
  prose: ProseDocument;
  proseText: string;
  knowledge: Knowledge;
  bundled?: BundledSnippets;
}

export interface Completions {
  entries: CompletionEntry[];
  /** True when typing on may change the list (actor names depend on the typed phrase). */
  incomplete: boolean;
}

export function completions(input: CompletionInput): Completions {
  const { text, offset, knowledge, bundled } = input;
  const context = completionContext(input);
  if (context.verbatim) return { entries: [], incomplete: false };
  const entries: CompletionEntry[] = [];
  const typedAlone = /^\s*([\p{L}\p{N}-]*)$/u.exec(text.slice(0, offset));
  if (typedAlone && text.slice(offset).trim() === '' && !bundled?.skeleton) {
    // An empty document, or one holding only the word being typed ("brief").
    entries.push(skeletonEntry(knowledge, offset - typedAlone[1]!.length, offset));
  }
  const { entry } = context;
  if (entry && context.section === 'recommendations' && entry.marker !== 'table') {
    const skip = bundled?.recommendationFiles ?? new Set<string>();
    knowledge.recommendations.forEach((recommendation, i) => {
      if (!skip.has(recommendation.location.file)) entries.push(recommendationEntry(recommendation, i, knowledge, entry, offset));
    });
  }
  if (entry && context.keyFactsTable && entry.marker !== 'list') {
    valuedFacts(knowledge).forEach((fact, i) => entries.push(keyFactRowEntry(fact, i, knowledge, entry, offset)));
  } else if (entry && context.section === 'keyFacts' && entry.marker !== 'table') {
    valuedFacts(knowledge).forEach((fact, i) => entries.push(keyFactItemEntry(fact, i, knowledge, entry, offset)));
  }
  if (context.word) {
    for (const match of actorsByPrefix(knowledge.actors, text, context.word.start, offset)) {
      entries.push({
        kind: 'actor',
        label: match.actor.name,
        detail: match.actor.kind.replaceAll('-', ' '),
        documentation: describeActor(match.actor, knowledge),
        filterText: match.alias,
        sortText: match.actor.name,
        snippet: escapeSnippetText(match.actor.name),
        start: match.start,
        end: context.word.end,
      });
    }
  }
  return { entries, incomplete: context.word !== undefined };
}

/** Fact base order, so the list reads like the fact base. */
function order(i: number): string {
  return String(i).padStart(5, '0');
}

function valuedFacts(knowledge: Knowledge): Fact[] {
  return knowledge.facts.filter((fact) => fact.value !== undefined);
}

function recommendationEntry(
  recommendation: Recommendation,
  i: number,
  knowledge: Knowledge,
  entry: EntryContext,
  offset: number,
): CompletionEntry {
  const citation = knowledge.cite(recommendation);
  const sourceTitle = knowledge.source(recommendation.source)?.title ?? recommendation.source;
  return {
    kind: 'recommendation',
    label: recommendation.title,
    detail: citation,
    documentation: `${recommendation.body}\n\n*${citation}* — ${sourceTitle}`,
    filterText: `${recommendation.title} ${recommendation.id.replaceAll('-', ' ')}`,
    sortText: order(i),
    snippet: recommendationSnippet(recommendation, knowledge),
    start: entry.start,
    end: offset,
  };
}

function keyFactRowEntry(fact: Fact, i: number, knowledge: Knowledge, entry: EntryContext, offset: number): CompletionEntry {
  const { measure, figure, citation } = keyFactCells(fact, knowledge);
  return {
    kind: 'keyFact',
    label: `${measure}: ${figure}`,
    detail: citation,
    documentation: `${fact.statement}\n\n*${citation}*`,
    // Starts with the pipe the writer may have typed, so the client's filter keeps the rows.
    filterText: `| ${measure} ${fact.terms.join(' ')}`,
    sortText: order(i),
    snippet: keyFactRow(fact, knowledge),
    start: entry.start,
    end: offset,
  };
}

/** "- Fatalities from terrorist attacks, 2024: over 1,612 according to CRSS (Ali, Stratheia (2025), ¶7)." */
function keyFactItemEntry(fact: Fact, i: number, knowledge: Knowledge, entry: EntryContext, offset: number): CompletionEntry {
  const { measure, figure, citation } = keyFactCells(fact, knowledge);
  // A line without a list marker gets one: these are list items by nature.
  const bullet = entry.marker === 'list' ? '' : '- ';
  return {
    kind: 'keyFact',
    label: `${measure}: ${figure}`,
    detail: citation,
    documentation: `${fact.statement}\n\n*${citation}*`,
    filterText: `${measure} ${fact.terms.join(' ')}`,
    sortText: order(i),
    snippet: escapeSnippetText(`${bullet}${measure}: ${figure} (${citation}).`),
    start: entry.start,
    end: offset,
  };
}

function skeletonEntry(knowledge: Knowledge, start: number, end: number): CompletionEntry {
  return {
    kind: 'skeleton',
    label: 'New brief skeleton',
    detail: 'Front matter, the standard sections and a table of key facts',
    documentation: 'A new brief with the fact base\'s figures in a key facts table, each with its citation.',
    filterText: 'brief skeleton new',
    sortText: order(0),
    snippet: briefSkeleton(knowledge),
    start,
    end,
  };
}
