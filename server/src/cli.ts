/** Command line entry: `node server/out/cli.js check|facts|actors ...` over the same engine as the editor. */
import { parseArgs, USAGE, UsageError } from './cli/args';
import { actorsCommand } from './cli/actors';
import { checkCommand } from './cli/check';
import { factsCommand } from './cli/facts';
import { VERSION } from './cli/version';

async function main(argv: readonly string[]): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const options = parseArgs(argv);
    if (options.help || options.version) {
      out(options.help ? USAGE : VERSION);
      return 0;
    }
    if (options.command === 'facts') return await factsCommand(options, out);
    if (options.command === 'actors') return await actorsCommand(options, out, err);
    return await checkCommand(options, out, err);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`policy-brief: ${e.message}\nRun 'policy-brief --help' for usage.`);
      return 2;
    }
    err(`policy-brief: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 2;
  }
}

// A closed pipe (`... | head`) ends the output, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
// Set the exit code rather than exiting, so piped output is flushed first.
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
