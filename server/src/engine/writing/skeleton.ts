/**
 * The skeleton of a new brief, as a VS Code snippet: front matter, the standard sections, and a
 * table of the fact base's figures written the way the fact checker accepts them (with the
 * source's own hedge, "over 1,612"), so a brief starts from correct, cited numbers.
 */
import type { Knowledge } from '../factbase/knowledge';
import type { Fact, Source } from '../factbase/model';
import { formatValue } from '../factbase/values';
import { escapeSnippetText } from './snippetSyntax';

/** "over 1,612", "95%", "24 December 2024"; undefined for a fact without a value. */
export function formatFigure(fact: Fact): string | undefined {
  return fact.value ? formatValue(fact.value, fact.qualifier) : undefined;
}

/** Text for a Markdown table cell: a `|` would end the cell, a line break the row. */
function cell(text: string): string {
  return escapeSnippetText(text.replace(/\s+/g, ' ').replace(/\|/g, '\\|'));
}

/**
 * A fact as a brief's key facts would state it, in plain text: "Fatalities from terrorist
 * attacks, 2024", "over 1,612 according to CRSS", "Ali, Stratheia (2025), ¶7". Shared by the
 * skeleton's table and the completions for key facts rows and list items.
 */
export function keyFactCells(fact: Fact, knowledge: Knowledge): { measure: string; figure: string; citation: string } {
  const when = fact.scope.year !== undefined ? `, ${fact.scope.year}` : '';
  return {
    measure: fact.measure.charAt(0).toUpperCase() + fact.measure.slice(1) + when,
    figure: [formatFigure(fact), fact.attribution?.text].filter(Boolean).join(' '),
    citation: knowledge.cite(fact),
  };
}

/** The fact's row of the key facts table (Measure | Figure | Source), as snippet text. */
export function keyFactRow(fact: Fact, knowledge: Knowledge): string {
  const { measure, figure, citation } = keyFactCells(fact, knowledge);
  return `| ${cell(measure)} | ${cell(figure)} | ${cell(citation)} |`;
}

/** "Waqas Ali, “Title”, Stratheia, 2025-01, URL. Cited as: Ali, Stratheia (2025), ¶n." */
function sourceLine(source: Source): string {
  const parts = [source.author, `“${source.title}”`, source.publisher, source.date, source.url].filter(Boolean);
  const citation = source.citation.replaceAll('{paragraph}', 'n');
  return escapeSnippetText(`- **${source.id}**: ${parts.join(', ')}. Cited as: ${citation}.`);
}

/** The snippet for a new brief. Tab stops: 1 title, 2 author, 3 summary, then the sections in order. */
export function briefSkeleton(knowledge: Knowledge): string {
  const facts = knowledge.facts.filter((fact) => fact.value !== undefined);
  const lines = [
    '---',
    'title: ${1:Title of the brief}',
    'author: ${2:Author}',
    'date: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}',
    'sources:',
    ...knowledge.sources.map((source) => `  - ${escapeSnippetText(source.id)}`),
    '---',
    '',
    '## Summary',
    '',
    '${3:The situation, why it matters now, and what the brief recommends, in two or three sentences.}',
    '',
    '## Background',
    '',
    '${4}',
    '',
    '## Key facts',
    '',
    '| Measure | Figure | Source |',
    '| --- | --- | --- |',
    ...facts.map((fact) => keyFactRow(fact, knowledge)),
    '',
    '## Analysis',
    '',
    '${5}',
    '',
    '## Recommendations',
    '',
    '${6:Type "rec-" for the recommendations of the fact base.}',
    '',
    '## Sources',
    '',
    ...knowledge.sources.map(sourceLine),
    '$0',
  ];
  return lines.join('\n');
}
