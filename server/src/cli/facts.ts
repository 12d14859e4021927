/** `facts FILE...`: validates fact base files, together with the default so references resolve. */
import type { Options } from './args';
import { loadFacts } from './loadFacts';
import { formatProblem, plural } from './report';

export async function factsCommand(options: Options, out: (line: string) => void): Promise<number> {
  const { files, problems } = await loadFacts({ defaultFacts: options.defaultFacts, explicit: options.paths });
  problems.forEach((p) => out(formatProblem(p)));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    out(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'fact base file')}`);
    return 2;
  }
  out(`ok: ${plural(files.length, 'fact base file')}, ${plural(warnings, 'warning')}`);
  return 0;
}
