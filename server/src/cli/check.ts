/** `check PATH...`: fact-checks briefs and reports findings as text, JSON or SARIF. */
import type { Options } from './args';
import { analyseBrief, collectBriefs, lineColumn, type AnalysedBrief } from './briefs';
import { loadFacts, selectionFor } from './loadFacts';
import { displayPath } from './paths';
import { formatLine, formatProblem, plural } from './report';
import { toSarif } from './sarif';

/** A finding as the CLI reports it: 1-based positions, file as displayed. */
export interface Reported {
  file: string;
  check: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  replacement?: string;
  fact: { id: string; file: string; line: number; column: number };
}

export async function checkCommand(options: Options, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const facts = await loadFacts(selectionFor(options));
  facts.problems.forEach((p) => err(formatProblem(p)));
  const briefs = (await collectBriefs(options.paths)).map((file) => analyseBrief(file, facts.knowledge));
  for (const brief of briefs) if (!brief.analysis) err(`${displayPath(brief.file)}: skipped: too large to check`);
  const reported = briefs.flatMap(report);

  if (options.format === 'json') {
    out(JSON.stringify({ files: briefs.map((b) => displayPath(b.file)), findings: reported, factBaseProblems: facts.problems }, null, 2));
  } else if (options.format === 'sarif') {
    out(JSON.stringify(toSarif(reported), null, 2));
  } else {
    for (const r of reported) out(formatLine(r.file, r.line, r.column, r.severity, r.message, r.check));
    const withFindings = new Set(reported.map((r) => r.file)).size;
    out(`${plural(reported.length, 'finding')} in ${withFindings} of ${plural(briefs.length, 'file')}`);
  }

  if (facts.problems.some((p) => p.severity === 'error')) return 2;
  return reported.some((r) => r.severity === 'error' || r.severity === 'warning') ? 1 : 0;
}

function report({ file, doc, analysis }: AnalysedBrief): Reported[] {
  return (analysis?.findings ?? []).map((finding) => {
    const start = lineColumn(doc, finding.start);
    const end = lineColumn(doc, finding.end);
    const { location } = finding.fact;
    return {
      file: displayPath(file),
      check: finding.check,
      severity: finding.severity,
      message: finding.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      replacement: finding.replacement,
      fact: { id: finding.fact.id, file: displayPath(location.file), line: location.line + 1, column: location.column + 1 },
    };
  });
}
