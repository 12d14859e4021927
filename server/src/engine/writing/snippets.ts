/**
 * The snippet file built from the fact base: the brief skeleton and one snippet per
 * recommendation. scripts/generate-snippets.ts writes it to snippets/policy-brief.code-snippets
 * and a test keeps that file equal to this output. The syntax helpers are re-exported so that
 * the New Brief command and the completion provider have one module to import.
 */
import type { Knowledge } from '../factbase/knowledge';
import type { Recommendation } from '../factbase/model';
import { briefSkeleton } from './skeleton';
import { escapeSnippetText } from './snippetSyntax';

export { checkSnippet, dateVariables, escapeSnippetText, parseSnippet, snippetToText } from './snippetSyntax';
export type { SnippetNode, SnippetProblem } from './snippetSyntax';

/** One entry of a `.code-snippets` file. */
export interface SnippetEntry {
  prefix: string;
  body: string[];
  description: string;
}

/** Prefix of every recommendation snippet: typing "rec" lists them all. */
export const RECOMMENDATION_PREFIX = 'rec-';
export const SKELETON_PREFIX = 'brief';

/** The recommendation's snippet, with its citation appended when the fact base's text lacks one. */
export function recommendationSnippet(recommendation: Recommendation, knowledge: Knowledge): string {
  const cited = recommendation.snippet.includes(`¶${recommendation.paragraph}`);
  if (cited) return recommendation.snippet;
  const citation = escapeSnippetText(knowledge.cite(recommendation));
  // The citation goes inside the closing full stop, as a brief would write it.
  const snippet = recommendation.snippet.replace(/\$0$/, '').replace(/\.$/, '');
  return `${snippet} (${citation}).$0`;
}

/**
 * The snippet file: the skeleton first, then one snippet per recommendation in fact base order.
 * Names (the keys) are what the completion list shows beside the prefix, so they are readable.
 * One prefix each: VS Code lists a snippet once per prefix, so a second readable prefix would
 * double every entry.
 */
export function buildSnippetFile(knowledge: Knowledge): Record<string, SnippetEntry> {
  const file: Record<string, SnippetEntry> = {
    'New policy brief': {
      prefix: SKELETON_PREFIX,
      body: briefSkeleton(knowledge).split('\n'),
      description: 'A new brief: front matter, the standard sections and a table of key facts from the fact base.',
    },
  };
  for (const recommendation of knowledge.recommendations) {
    file[`Recommendation: ${recommendation.title}`] = {
      prefix: `${RECOMMENDATION_PREFIX}${recommendation.id}`,
      body: recommendationSnippet(recommendation, knowledge).split('\n'),
      description: `${recommendation.summary} — ${knowledge.cite(recommendation)}`,
    };
  }
  return file;
}

/** The file as written to disk: stable two-space JSON with a final newline. */
export function formatSnippetFile(file: Record<string, SnippetEntry>): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
