/**
 * Engine results to LSP types. The engine speaks in source offsets and 0-based fact base
 * locations; this is the one place that turns them into ranges, locations and diagnostics.
 */
import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Finding, FactBaseProblem, FileLocation } from '../engine';

export const SOURCE = 'policy-brief';

export function offsetRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function fileUri(file: string): string {
  return URI.file(file).toString();
}

export function toLocation(location: FileLocation): Location {
  return {
    uri: fileUri(location.file),
    range: {
      start: { line: location.line, character: location.column },
      end: { line: location.endLine, character: location.endColumn },
    },
  };
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a quick fix needs, carried on the diagnostic so code actions need no re-analysis. */
export interface FindingData {
  check: string;
  replacement?: string;
  /** What `replacement` replaces: the figure, or the figure with its hedge words. */
  replacementRange?: Range;
}

export function findingToDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const data: FindingData = { check: finding.check };
  if (finding.replacement !== undefined) {
    data.replacement = finding.replacement;
    data.replacementRange = offsetRange(doc, finding.replacementStart ?? finding.start, finding.replacementEnd ?? finding.end);
  }
  return {
    range: offsetRange(doc, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.check,
    source: SOURCE,
    message: finding.message,
    relatedInformation: [{ location: toLocation(finding.fact.location), message: finding.fact.statement }],
    data,
  };
}

export function problemToDiagnostic(problem: FactBaseProblem): Diagnostic {
  return {
    range: toLocation(problem.location).range,
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: problem.code,
    source: SOURCE,
    message: problem.message,
  };
}
