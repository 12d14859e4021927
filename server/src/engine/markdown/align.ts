/**
 * Maps each character of a rendered text node back to its exact source offset.
 *
 * mdast gives a text node's rendered `value` and the span of source it came from, but the
 * two differ: backslash escapes and character references are decoded, line endings are
 * kept while container prefixes (`> `, list indentation) and leading/trailing whitespace
 * around them are dropped. We re-decode the source the way micromark does and check it
 * against `value`, so offsets are exact without depending on micromark's token stream.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/** Rendered text being built with the source offset of every character. */
export class Run {
  text = '';
  readonly offsets: number[] = [];

  /** Characters that all come from the one source position `offset` (a space, U+FFFC, a reference). */
  push(chars: string, offset: number): void {
    this.text += chars;
    for (let k = 0; k < chars.length; k++) this.offsets.push(offset);
  }

  /** Characters copied verbatim from the source starting at `offset`. */
  pushVerbatim(chars: string, offset: number): void {
    this.text += chars;
    for (let k = 0; k < chars.length; k++) this.offsets.push(offset + k);
  }
}

const CHARACTER_REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** How many characters of a line we compare to pick where its content starts. */
const LINE_CHECK = 64;

/**
 * Appends `value`, rendered from `source[start, end)`, to `run`; line endings become one
 * space. Returns where in the source the value ended.
 */
export function appendAligned(source: string, start: number, end: number, value: string, run: Run): number {
  let j = start;
  let i = 0;
  while (i < value.length) {
    const same = verbatimLength(source, j, end, value, i);
    if (same > 0) {
      run.pushVerbatim(value.slice(i, i + same), j);
      i += same;
      j += same;
      continue;
    }
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13) {
      while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
      if (source[j] !== '\n' && source[j] !== '\r') return appendUnaligned(value, i, j, end, run);
      i += c === 13 && value.charCodeAt(i + 1) === 10 ? 2 : 1;
      run.push(' ', j);
      j += source[j] === '\r' && source[j + 1] === '\n' ? 2 : 1;
      j = contentStart(source, j, end, value, i);
      continue;
    }
    const unit = decodeAt(source, j, end);
    if (!value.startsWith(unit.text, i)) return appendUnaligned(value, i, j, end, run);
    run.push(unit.text, j);
    i += unit.text.length;
    j += unit.width;
  }
  return j;
}

/** How many characters from here are plain copies of the source (the common, fast case). */
function verbatimLength(source: string, j: number, end: number, value: string, i: number): number {
  let k = 0;
  while (i + k < value.length && j + k < end) {
    const c = value.charCodeAt(i + k);
    // Backslashes, ampersands and line endings may be escapes, references and breaks.
    if (c !== source.charCodeAt(j + k) || c === 92 || c === 38 || c === 10 || c === 13) break;
    k++;
  }
  return k;
}

/**
 * Where the rendered content of a continuation line starts. The prefix is made of spaces,
 * tabs and `>`; usually all of it is markup, but a lazy line can begin with a literal `>`,
 * so we take the longest prefix after which the source decodes to the value's line.
 */
function contentStart(source: string, lineStart: number, end: number, value: string, i: number): number {
  let prefixEnd = lineStart;
  while (prefixEnd < end && (source[prefixEnd] === ' ' || source[prefixEnd] === '\t' || source[prefixEnd] === '>')) prefixEnd++;
  let lineEnd = i;
  while (lineEnd < value.length && lineEnd - i < LINE_CHECK && value[lineEnd] !== '\n' && value[lineEnd] !== '\r') lineEnd++;
  const line = value.slice(i, lineEnd);
  for (let p = prefixEnd; p >= lineStart; p--) {
    if (decodesTo(source, p, end, line)) return p;
  }
  return prefixEnd;
}

function decodesTo(source: string, j: number, end: number, expected: string): boolean {
  let i = 0;
  while (i < expected.length) {
    if (j >= end) return false;
    const unit = decodeAt(source, j, end);
    if (!expected.startsWith(unit.text, i)) return false;
    i += unit.text.length;
    j += unit.width;
  }
  return true;
}

/** The rendered text of the source at `j` and how many source characters produce it. */
function decodeAt(source: string, j: number, end: number): { text: string; width: number } {
  const c = source[j];
  if (c === '\\' && j + 1 < end && ASCII_PUNCTUATION.test(source[j + 1])) return { text: source[j + 1], width: 2 };
  if (c === '&') {
    CHARACTER_REFERENCE.lastIndex = j;
    const match = CHARACTER_REFERENCE.exec(source);
    if (match && CHARACTER_REFERENCE.lastIndex <= end) {
      const decoded = match[1] !== undefined ? decodeNumericCharacterReference(match[1], 10)
        : match[2] !== undefined ? decodeNumericCharacterReference(match[2], 16)
        : decodeNamedCharacterReference(match[3]);
      if (decoded !== false) return { text: decoded, width: match[0].length };
    }
  }
  // micromark replaces NUL with U+FFFD.
  if (c === '\0') return { text: '\uFFFD', width: 1 };
  return { text: c, width: 1 };
}

/**
 * Should not happen; if the source ever disagrees with the value, keep the value's text
 * (so no prose is lost) with offsets that stay inside the node, in order.
 */
function appendUnaligned(value: string, i: number, j: number, end: number, run: Run): number {
  let offset = Math.min(j, end);
  for (; i < value.length; i++) {
    const c = value[i];
    if (c === '\n' && value[i - 1] === '\r') continue;
    run.push(c === '\n' || c === '\r' ? ' ' : c, offset);
    offset = Math.min(offset + 1, end);
  }
  return offset;
}
