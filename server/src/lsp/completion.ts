/**
 * Writing completions (engine/writing/completion.ts) as LSP items: snippets for clients that
 * support them, their plain text otherwise.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { factBaseCompletions, type Knowledge, completions, type BundledSnippets, type CompletionEntry, dateVariables, snippetToText } from '../engine';
import type { Snapshot } from './analyses';
import { offsetRange } from './convert';

export interface CompletionOptions {
  snippetSupport: boolean;
  bundled?: BundledSnippets;
}

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  recommendation: CompletionItemKind.Snippet,
  keyFact: CompletionItemKind.Value,
  actor: CompletionItemKind.Reference,
  skeleton: CompletionItemKind.Snippet,
};

const EMPTY_PROSE = { blocks: [], comments: [], skipped: [] };

/**
 * Completions at `position` of the live `doc`. The snapshot is the latest analysis, possibly
 * of an older version (big documents): the engine trusts it only where the text is unchanged,
 * so no completion waits for, or causes, a parse of the whole document.
 */
export function completionsAt(
  doc: TextDocument,
  snapshot: Snapshot | undefined,
  knowledge: Knowledge,
  position: Position,
  options: CompletionOptions,
): CompletionList {
  const analysis = snapshot?.analysis;
  const { entries, incomplete } = completions({
    text: doc.getText(),
    offset: doc.offsetAt(position),
    prose: analysis?.prose ?? EMPTY_PROSE,
    proseText: analysis?.text ?? '',
    knowledge,
    bundled: options.bundled,
  });
  const variables = dateVariables(new Date());
  const items = entries.map((entry): CompletionItem => ({
    label: entry.label,
    kind: KIND[entry.kind],
    detail: entry.detail,
    documentation: { kind: MarkupKind.Markdown, value: entry.documentation },
    filterText: entry.filterText,
    sortText: entry.sortText,
    insertTextFormat: options.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: {
      range: offsetRange(doc, entry.start, entry.end),
      newText: options.snippetSupport ? entry.snippet : snippetToText(entry.snippet, variables),
    },
  }));
  return { isIncomplete: incomplete, items };
}

/** Ids and enumerated values in a fact base file (engine/factbase/completion.ts). */
export function factBaseCompletionsAt(doc: TextDocument, knowledge: Knowledge, position: Position): CompletionList {
  const items = factBaseCompletions(doc.getText(), doc.offsetAt(position), knowledge).map(
    (c): CompletionItem => ({
      label: c.label,
      kind: CompletionItemKind.Value,
      detail: c.detail,
      textEdit: { range: offsetRange(doc, c.start, c.end), newText: c.label },
    }),
  );
  return { isIncomplete: false, items };
}
