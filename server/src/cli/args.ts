/** Command line parsing: small and strict, so a typo is an error rather than a silent default. */

export type Command = 'check' | 'facts' | 'actors';
export type Format = 'text' | 'json' | 'sarif';

export interface Options {
  command?: Command;
  help: boolean;
  version: boolean;
  paths: string[];
  facts: string[];
  defaultFacts: boolean;
  workspaceFacts: boolean;
  format: Format;
}

export class UsageError extends Error {}

const COMMANDS: readonly Command[] = ['check', 'facts', 'actors'];
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { help: false, version: false, paths: [], facts: [], defaultFacts: true, workspaceFacts: true, format: 'text' };
  let formatGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`option ${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      case '--facts':
        options.facts.push(value());
        break;
      case '--no-default-facts':
        options.defaultFacts = false;
        break;
      case '--no-workspace-facts':
        options.workspaceFacts = false;
        break;
      case '--format': {
        const format = value();
        if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format '${format}' (expected ${FORMATS.join(', ')})`);
        options.format = format as Format;
        formatGiven = true;
        break;
      }
      case '--':
        options.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        if (!options.command) {
          if (!COMMANDS.includes(arg as Command)) throw new UsageError(`unknown command '${arg}' (expected ${COMMANDS.join(', ')})`);
          options.command = arg as Command;
        } else {
          options.paths.push(arg);
        }
    }
  }
  if (options.help || options.version) return options;
  if (!options.command) throw new UsageError('missing command');
  if (options.paths.length === 0) throw new UsageError(`${options.command} needs at least one path`);
  if (formatGiven && options.command !== 'check') throw new UsageError('--format applies to check only');
  return options;
}

export const USAGE = `Usage: policy-brief <command> [options] PATH...

Commands:
  check PATH...    Fact-check Markdown briefs (files, or folders searched for *.md)
  facts FILE...    Validate fact base files (*.facts.yaml)
  actors FILE...   List the actor mentions in briefs with their hover text

Options:
  --facts FILE         Also load this fact base (repeatable)
  --no-default-facts   Do not load the fact base shipped with policy-brief
  --no-workspace-facts Do not load the *.facts.yaml files of the workspace
  --format FORMAT      check output: text (default), json or sarif (SARIF 2.1.0)
  -h, --help           Show this help
  -v, --version        Show the version

check and actors load the default fact base and every *.facts.yaml under the workspace
root (the nearest folder above the current one that contains .git, else the current one).

Exit codes: 0 clean, 1 findings of severity warning or error, 2 usage or fact base errors.
`;
