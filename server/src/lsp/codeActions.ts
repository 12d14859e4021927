/**
 * Quick fixes for policy-brief diagnostics, rebuilt from the data each diagnostic carries:
 * use the source's value, or disable the check for the line or for the file.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE, type FindingData } from './convert';
import { disableFileEdit, disableNextLineEdit } from './suppression';

export function codeActionsFor(doc: TextDocument, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as FindingData | undefined;
    if (diagnostic.source !== SOURCE || !data?.check) continue;
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
