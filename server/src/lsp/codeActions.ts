/**
 * Quick fixes for policy-brief diagnostics, rebuilt from the data each diagnostic carries:
 * use the source's value, or disable the check for the line or for the file.
 *
 * The diagnostics come from the request's context, as the protocol intends. Some clients send
 * none there, or send ours back without their `data` (Emacs eglot with an empty context, older
 * Vim plugins): for those, the diagnostics last published for the document at the requested
 * range stand in.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE, type FindingData } from './convert';
import { disableFileEdit, disableNextLineEdit } from './suppression';

export function codeActionsFor(doc: TextDocument, params: CodeActionParams, published: readonly Diagnostic[]): CodeAction[] {
  const fromContext = params.context.diagnostics.filter(isFixable);
  const diagnostics = fromContext.length > 0 ? fromContext : published.filter((d) => isFixable(d) && touches(d.range, params.range));
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as FindingData;
    if (data.replacement !== undefined) {
      actions.push(fix(doc, diagnostic, `Replace with the source's value: ${data.replacement}`, true, [
        { range: data.replacementRange ?? diagnostic.range, newText: data.replacement },
      ]));
    }
    actions.push(fix(doc, diagnostic, `Disable ${data.check} for this line`, false, [
      disableNextLineEdit(doc, diagnostic.range.start.line, data.check),
    ]));
    actions.push(fix(doc, diagnostic, `Disable ${data.check} for this file`, false, [disableFileEdit(doc, data.check)]));
  }
  return actions;
}

function isFixable(diagnostic: Diagnostic): boolean {
  return diagnostic.source === SOURCE && (diagnostic.data as FindingData | undefined)?.check !== undefined;
}

function touches(a: Range, b: Range): boolean {
  return !isBefore(a.end, b.start) && !isBefore(b.end, a.start);
}

function isBefore(p: Position, q: Position): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}

function fix(
  doc: TextDocument,
  diagnostic: Diagnostic,
  title: string,
  isPreferred: boolean,
  edits: TextEdit[],
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: { changes: { [doc.uri]: edits } },
  };
}
