/**
 * GFM literal autolinks (bare `https://…`, `www.…` and email addresses) found in a rendered
 * text value, so the renderer can show each as one U+FFFC.
 *
 * Why not let remark-gfm do it: its literal-autolink construct is tried at every letter and
 * digit of the prose, and its tree transform walks every text node again; together they
 * cost about as much as the rest of GFM. Sections are parsed without them (gfm.ts) and the
 * rules are applied here to each rendered text node: the patterns and checks of
 * mdast-util-gfm-autolink-literal 2.x, with the character-before rules of the micromark
 * construct where that one wins (it runs first): a protocol URL may follow anything but an
 * ASCII letter, and an email anything but `/` or an email character, so `mailto:` and
 * `xmpp:` stay text before the linked address, as remark-gfm leaves them.
 * Known difference: `www.x.org_` is a link in remark-gfm (the `_` left as text), not here.
 * test/engine/prose.test.ts compares both on a set of cases.
 */

/** Character ranges `[start, end)` of a text value that are links. */
export type Span = [number, number];

type Finder = (match: RegExpExecArray) => number | false;

/** Each pattern with what it links: the length of the link from the match start, or false. */
const PATTERNS: [RegExp, Finder][] = [
  [/(?:(?<![a-z])https?:\/\/|(?<![\da-z])www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl],
  [/(?<![\w+\-./])([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, (m) => (/[\d\-_]$/.test(m[2]!) ? false : m[0].length)],
];

/** Cheap test first: most text values have no link at all. */
const MAYBE_LINK = /:\/\/|www\.|@/i;

/** The literal autolinks of `value`, in order. */
export function literalAutolinks(value: string): Span[] {
  if (!MAYBE_LINK.test(value)) return [];
  // Text pieces not yet linked; each pattern splits them further, as findAndReplace does.
  let pieces: Span[] = [[0, value.length]];
  const links: Span[] = [];
  for (const [pattern, find] of PATTERNS) {
    const next: Span[] = [];
    for (const [from, to] of pieces) {
      const input = value.slice(from, to);
      let start = 0;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
        const length = find(m);
        if (length === false) {
          pattern.lastIndex = m.index + 1;
          continue;
        }
        if (start < m.index) next.push([from + start, from + m.index]);
        links.push([from + m.index, from + m.index + length]);
        // A URL's trailing punctuation is a text piece of its own.
        if (length < m[0].length) next.push([from + m.index + length, from + m.index + m[0].length]);
        start = m.index + m[0].length;
      }
      if (start < input.length) next.push([from + start, to]);
    }
    pieces = next;
  }
  return links.sort((a, b) => a[0] - b[0]);
}

function findUrl(m: RegExpExecArray): number | false {
  const www = /^w/i.test(m[0]);
  const before = m.index === 0 ? '' : m.input.charAt(m.index - 1);
  if (www && before && !WHITESPACE.test(before) && !PUNCTUATION.test(before)) return false;
  const protocol = www ? '' : m[0].slice(0, m[0].indexOf('//') + 2);
  const domain = www ? m[0].slice(0, m[0].length - m[2]!.length) : m[1]!;
  if (PUNCTUATION.test(domain.charAt(0)) || !isCorrectDomain(domain)) return false;
  return protocol.length + splitUrl(domain + m[2]!);
}

const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  const bad = (part: string | undefined) => !!part && (part.includes('_') || !/[\dA-Za-z]/.test(part));
  return parts.length >= 2 && !bad(parts[parts.length - 1]) && !bad(parts[parts.length - 2]);
}

const TRAILING = new Set('!"&\'),.:;<>?]}');

/** Length of the URL without its trailing punctuation, keeping balanced closing parentheses. */
function splitUrl(url: string): number {
  let index = url.length;
  while (index > 0 && TRAILING.has(url[index - 1]!)) index--;
  if (index === url.length) return index;
  let length = index;
  let trail = url.slice(index);
  const opening = count(url.slice(0, index), '(');
  let closing = count(url.slice(0, index), ')');
  let paren = trail.indexOf(')');
  while (paren !== -1 && opening > closing) {
    length += paren + 1;
    trail = trail.slice(paren + 1);
    paren = trail.indexOf(')');
    closing++;
  }
  return length;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
