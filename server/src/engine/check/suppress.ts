/**
 * Suppression comments, in the style of ESLint's:
 *
 *   <!-- policy-brief-disable-next-line -->          the next non-blank line
 *   <!-- policy-brief-disable-line -->               the line(s) the comment is on
 *   <!-- policy-brief-disable -->                    from here to a matching enable, or the end
 *   <!-- policy-brief-enable -->
 *
 * Each takes optional check ids, separated by spaces or commas, to limit it to those checks
 * (`<!-- policy-brief-disable-next-line figure-mismatch -->`); without ids it covers all checks.
 * A finding is on the line where its figure starts. Comments inside code are not prose and are
 * never in `doc.comments`, so a directive shown in a code sample does nothing.
 */
import type { HtmlComment, ProseDocument } from '../markdown/model';
import type { Finding } from './model';

type Kind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

interface Directive {
  kind: Kind;
  /** Empty: all checks. */
  ids: string[];
  comment: HtmlComment;
}

const DIRECTIVE = /^policy-brief-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirective(comment: HtmlComment): Directive | undefined {
  const m = DIRECTIVE.exec(comment.text.trim());
  if (!m) return undefined;
  // Anything after "--" is a free-text reason, as in ESLint.
  const ids = (m[2] ?? '').split(/\s--\s|^--\s?/)[0]!.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Kind, ids, comment };
}

class Lines {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  of(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  blank(line: number): boolean {
    const end = this.starts[line + 1] ?? this.text.length;
    return this.text.slice(this.starts[line], end).trim() === '';
  }
  get count(): number {
    return this.starts.length;
  }
}

function covers(ids: readonly string[], check: string): boolean {
  return ids.length === 0 || ids.includes(check);
}

/** The findings no suppression comment covers. */
export function suppressed(findings: Finding[], doc: ProseDocument, text: string): Finding[] {
  const directives = doc.comments.map(parseDirective).filter((d): d is Directive => d !== undefined);
  if (directives.length === 0) return findings;
  directives.sort((a, b) => a.comment.start - b.comment.start);
  const lines = new Lines(text);

  // Line-scoped directives: line number → ids (empty list: all checks).
  const byLine = new Map<number, string[][]>();
  const addLine = (line: number, ids: string[]) => byLine.set(line, [...(byLine.get(line) ?? []), ids]);
  for (const d of directives) {
    if (d.kind === 'disable-line') {
      for (let l = lines.of(d.comment.start); l <= lines.of(d.comment.end); l++) addLine(l, d.ids);
    } else if (d.kind === 'disable-next-line') {
      let l = lines.of(d.comment.end) + 1;
      while (l < lines.count - 1 && lines.blank(l)) l++;
      addLine(l, d.ids);
    }
  }
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  return findings.filter((f) => {
    if ((byLine.get(lines.of(f.start)) ?? []).some((ids) => covers(ids, f.check))) return false;
    return !inDisabledRegion(regions, f);
  });
}

/** Replays disable/enable comments before the finding. */
function inDisabledRegion(regions: readonly Directive[], f: Finding): boolean {
  let all = false;
  const ids = new Set<string>();
  const except = new Set<string>();
  for (const d of regions) {
    if (d.comment.end > f.start) break;
    if (d.kind === 'disable') {
      if (d.ids.length === 0) {
        all = true;
        except.clear();
      } else d.ids.forEach((id) => (ids.add(id), except.delete(id)));
    } else if (d.ids.length === 0) {
      all = false;
      ids.clear();
      except.clear();
    } else d.ids.forEach((id) => (ids.delete(id), except.add(id)));
  }
  return (all && !except.has(f.check)) || ids.has(f.check);
}
