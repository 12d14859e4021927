/** The briefs a CLI run reads: named files, and *.md files found in named folders. */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BriefAnalyzer, type Analysis, type Severity, type Knowledge } from '../engine';
import { discoverMarkdown } from '../workspace/discover';
import { UsageError } from './args';
import { readText } from './loadFacts';

/** Larger files are reported and skipped, as the editor does. */
const MAX_BRIEF_BYTES = 20 * 1024 * 1024;

export async function collectBriefs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const resolved = path.resolve(given);
    let stat;
    try {
      stat = statSync(resolved);
    } catch {
      throw new UsageError(`no such file or folder: ${given}`);
    }
    if (stat.isDirectory()) files.push(...(await discoverMarkdown(resolved, { maxFiles: 100_000, maxEntries: 10_000_000 })).files);
    else files.push(resolved);
  }
  return [...new Set(files)];
}

export interface AnalysedBrief {
  file: string;
  /** For 1-based line/column conversion of the analysis' offsets. */
  doc: TextDocument;
  /** Absent when the file was too large to check. */
  analysis?: Analysis;
}

export function analyseBrief(file: string, knowledge: Knowledge, severities?: Record<string, Severity>): AnalysedBrief {
  if (statSync(file).size > MAX_BRIEF_BYTES) {
    return { file, doc: TextDocument.create(file, 'markdown', 0, '') };
  }
  const text = readText(file, 'brief');
  return {
    file,
    doc: TextDocument.create(file, 'markdown', 0, text),
    analysis: new BriefAnalyzer().analyze(text, knowledge, severities),
  };
}

/** 1-based line and column of a source offset. */
export function lineColumn(doc: TextDocument, offset: number): { line: number; column: number } {
  const position = doc.positionAt(offset);
  return { line: position.line + 1, column: position.character + 1 };
}
