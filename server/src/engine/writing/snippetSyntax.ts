/**
 * VS Code snippet syntax: a parser that reports what VS Code would silently insert as literal
 * text (an unclosed `${1:…`, a malformed choice), and a renderer to plain text for clients
 * without snippet support.
 *
 * The grammar is VS Code's (src/vs/editor/contrib/snippet/browser/snippetParser.ts):
 *   $1  ${1}  ${1:default}  ${1|one,two|}  $NAME  ${NAME}  ${NAME:default}  ${1/regex/format/flags}
 * with `\$`, `\}` and `\\` as escapes in text; inside a choice only `\,`, `\|` and `\\` are escapes.
 */
export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] };

export interface SnippetProblem {
  /** Offset in the snippet text where the problem starts. */
  offset: number;
  message: string;
}

/** The variables VS Code resolves; any other name is inserted as a placeholder named after it. */
const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER',
  'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH',
  'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

class SnippetParser {
  private pos = 0;
  readonly problems: SnippetProblem[] = [];

  constructor(private readonly text: string) {}

  /** Parses until `}` when nested (the caller consumes it) or the end at top level. */
  parseNodes(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      if (ch === '\\' && '$}\\'.includes(this.text[this.pos + 1] ?? '')) {
        text += this.text[this.pos + 1];
        this.pos += 2;
      } else if (ch === '}' && nested) {
        break;
      } else if (ch === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
          this.pos++;
        }
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  /** At a `$`: the node it starts, or undefined when VS Code would take the `$` literally. */
  private parseDollar(): SnippetNode | undefined {
    const start = this.pos;
    const simple = /^\$(?:(\d+)|([_a-zA-Z][_a-zA-Z0-9]*))/.exec(this.text.slice(start));
    if (simple) {
      this.pos += simple[0].length;
      return simple[1] !== undefined ? { kind: 'tabstop', index: Number(simple[1]) } : this.variable(simple[2]!, [], start);
    }
    const head = /^\$\{(?:(\d+)|([_a-zA-Z][_a-zA-Z0-9]*))([}:|/])?/.exec(this.text.slice(start));
    if (!head || head[3] === undefined) {
      // A lone `$` is literal text, but `${` that opens nothing is almost always a typo.
      if (this.text.startsWith('${', start)) this.problem(start, '"${" must start a tab stop, placeholder, choice or variable; write "\\$" for a literal dollar sign');
      return undefined;
    }
    this.pos += head[0].length;
    const index = head[1] !== undefined ? Number(head[1]) : undefined;
    const name = head[2];
    switch (head[3]) {
      case '}':
        return index !== undefined ? { kind: 'tabstop', index } : this.variable(name!, [], start);
      case ':': {
        const children = this.parseNodes(true);
        this.close(start);
        return index !== undefined ? { kind: 'placeholder', index, children } : this.variable(name!, children, start);
      }
      case '|':
        if (index === undefined) {
          this.problem(start, `variable "${name}" cannot have choices`);
          this.skipTo('}');
          return { kind: 'text', value: '' };
        }
        return { kind: 'choice', index, options: this.parseChoice(start) };
      default:
        this.parseTransform(start);
        return index !== undefined ? { kind: 'tabstop', index } : this.variable(name!, [], start);
    }
  }

  private variable(name: string, children: SnippetNode[], start: number): SnippetNode {
    if (!KNOWN_VARIABLES.has(name)) this.problem(start, `unknown variable "${name}": VS Code would insert its name as a placeholder`);
    return { kind: 'variable', name, children };
  }

  /** After `${n|`: options up to `|}`. */
  private parseChoice(start: number): string[] {
    const options: string[] = [];
    let option = '';
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      if (ch === '\\' && ',|\\'.includes(this.text[this.pos + 1] ?? '')) {
        option += this.text[this.pos + 1];
        this.pos += 2;
      } else if (ch === ',' || (ch === '|' && this.text[this.pos + 1] === '}')) {
        // VS Code drops the whole choice to literal text on an empty option.
        if (option === '') this.problem(this.pos, 'empty choice option');
        options.push(option);
        option = '';
        this.pos += ch === ',' ? 1 : 2;
        if (ch === '|') return options;
      } else if (ch === '|') {
        // VS Code ends a choice only at "|}"; any other "|" makes the whole choice literal text.
        this.problem(this.pos, '"|" inside a choice must be escaped as "\\|"');
        option += ch;
        this.pos++;
      } else {
        option += ch;
        this.pos++;
      }
    }
    this.problem(start, 'choice is not closed with "|}"');
    return options;
  }

  /** After `${n/`: regex/format/flags}. Only the regex and flags can be checked. */
  private parseTransform(start: number): void {
    // The format may hold `${1:/upcase}`-style references, whose "/" does not end it.
    const shape = /^((?:\\.|[^\\/])*)\/((?:\\.|\$\{[^}]*\}|[^\\/])*)\/([a-z]*)\}/.exec(this.text.slice(this.pos));
    if (!shape) {
      this.problem(start, 'transform must look like ${1/regex/format/flags}');
      this.skipTo('}');
      return;
    }
    this.pos += shape[0].length;
    try {
      new RegExp(shape[1]!, shape[3]);
    } catch (error) {
      this.problem(start, `invalid transform: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private close(start: number): void {
    if (this.text[this.pos] === '}') this.pos++;
    else this.problem(start, 'placeholder is not closed with "}"');
  }

  /** Moves past the next `}` (or to the end). */
  private skipTo(ch: string): void {
    const at = this.text.indexOf(ch, this.pos);
    this.pos = at < 0 ? this.text.length : at + 1;
  }

  private problem(offset: number, message: string): void {
    this.problems.push({ offset, message });
  }
}

export function parseSnippet(snippet: string): { nodes: SnippetNode[]; problems: SnippetProblem[] } {
  const parser = new SnippetParser(snippet);
  const nodes = parser.parseNodes(false);
  return { nodes, problems: parser.problems };
}

/** Problems VS Code would not report but would insert as literal text; empty when the snippet is well formed. */
export function checkSnippet(snippet: string): SnippetProblem[] {
  return parseSnippet(snippet).problems;
}

/** Makes fact base text safe to put in a snippet: `$`, `}` and `\` would otherwise be syntax. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/**
 * The text VS Code would insert if the writer accepted every default: placeholders and choices
 * give their default (a choice its first option), `$1` repeats what tab stop 1 holds, variables
 * take `variables[name]`, else their default, else nothing.
 */
export function snippetToText(snippet: string, variables: Readonly<Record<string, string>> = {}): string {
  const { nodes } = parseSnippet(snippet);
  const defaults = new Map<number, string>();
  const render = (list: SnippetNode[]): string => list.map(renderNode).join('');
  const renderNode = (node: SnippetNode): string => {
    switch (node.kind) {
      case 'text':
        return node.value;
      case 'tabstop':
        return defaults.get(node.index) ?? '';
      case 'placeholder': {
        const value = defaults.get(node.index) ?? render(node.children);
        defaults.set(node.index, value);
        return value;
      }
      case 'choice': {
        const value = defaults.get(node.index) ?? node.options[0] ?? '';
        defaults.set(node.index, value);
        return value;
      }
      case 'variable':
        return variables[node.name] ?? render(node.children);
    }
  };
  return render(nodes);
}

/** The date variables the skeleton uses, for rendering it without an editor. */
export function dateVariables(now: Date): Record<string, string> {
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_MONTH: two(now.getMonth() + 1),
    CURRENT_DATE: two(now.getDate()),
  };
}
