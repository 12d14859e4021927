/**
 * Where suppression comments go. The comment syntax is the engine's
 * (check/suppress.ts reads `<!-- policy-brief-disable… CODE -->`); this only places it.
 */
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** `<!-- policy-brief-disable-next-line CODE -->` on its own line above `line`, indented like it. */
export function disableNextLineEdit(doc: TextDocument, line: number, code: string): TextEdit {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}<!-- policy-brief-disable-next-line ${code} -->\n`,
  };
}

/** `<!-- policy-brief-disable CODE -->` at the top, after YAML front matter if there is one. */
export function disableFileEdit(doc: TextDocument, code: string): TextEdit {
  const line = lineAfterFrontMatter(doc.getText());
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `<!-- policy-brief-disable ${code} -->\n`,
  };
}

/** 0 without front matter; else the line after its closing `---` (or `...`). */
function lineAfterFrontMatter(text: string): number {
  const lines = text.split(/\r?\n/, 2000); // front matter is never longer; bounds huge documents
  if (lines[0]?.trimEnd() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') return i + 1;
  }
  return 0;
}
