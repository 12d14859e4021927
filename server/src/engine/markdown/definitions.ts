/**
 * Link reference and footnote definitions are document-global in Markdown: `[text][ref]`
 * is a link (whose visible text is prose) only if `[ref]: …` is defined somewhere in the
 * document, possibly in another section. Sections are parsed alone, so each is parsed with
 * stand-in definitions of the labels it uses appended after it (`[ref]: #`, outside the
 * section, so neither the stand-ins nor any real definition line ever becomes prose).
 * Only labels matter for rendering the text; destinations are irrelevant here.
 */

/**
 * What looks like a definition at the start of a line, possibly in a blockquote or list
 * item. Only a first guess, for sections not parsed yet: it also matches lines in code or
 * malformed definitions. The parser replaces it with the definitions remark really found.
 */
const DEFINITION = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*\[((?:[^\\[\]\r\n]|\\.){1,999})\]:/gm;
/** Anything in brackets could be a reference to a label. */
const BRACKETED = /\[((?:[^\\[\]]|\\.){1,999})\]/g;

/** The label's identity, as micromark normalizes it (`normalizeIdentifier`). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/** Labels `text` seems to define (normalized → as written), first definition first. */
export function guessDefinedLabels(text: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const match of text.matchAll(DEFINITION)) {
    const normalized = normalizeLabel(match[1]);
    if (normalized && !labels.has(normalized)) labels.set(normalized, match[1]);
  }
  return labels;
}

/** Normalized labels `text` might refer to, sorted so equal sets give equal suffixes. */
export function referencedLabels(text: string): string[] {
  const labels = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) labels.add(normalizeLabel(match[1]));
  labels.delete('');
  return [...labels].sort();
}

/** Stand-in definitions to append to a section that refers to `referenced`. */
export function definitionSuffix(referenced: readonly string[], defined: ReadonlyMap<string, string>): string {
  let suffix = '';
  for (const label of referenced) {
    const raw = defined.get(label);
    if (raw !== undefined) suffix += `\n[${raw}]: #`;
  }
  return suffix && `\n\n${suffix}\n`;
}
