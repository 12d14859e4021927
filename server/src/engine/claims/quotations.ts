/**
 * Quotations whose speaker is named after them. A brief quotes a party to the events in its
 * words, figures and all, and names the speaker after the closing mark:
 * - after a dash that ends the line or the sentence, as in a blockquote's last line:
 *   `"The December 26 strikes violated our sovereignty." — Afghan defence ministry statement`;
 * - in a reporting clause: `"…," an Afghan spokesman said` or `"…," said an Afghan spokesman`.
 * - a pull quote without marks, the whole block, signed at its end after a full stop and a
 *   dash: `Since the takeover the TTP has enjoyed state protection. — a Pakistani official`;
 * - before the opening mark, as the subject of a verb of saying or describing that introduces
 *   it: `one witness summarised the position as "…"`, `a senator put it bluntly: "…"`,
 *   `the minister said there were "…"`.
 * Figures inside such a quotation are the speaker's, whatever the quoted words say about them.
 */
export interface Quotation {
  /** The quoted text, between its marks. */
  start: number;
  end: number;
  speaker: string;
}

/**
 * The quotations with a named speaker that overlap `text[from, to)`. Only a sentence holding a
 * quotation mark is searched, and only a bounded stretch of the block around it, so a block is
 * read in linear time however many sentences it has.
 */
export function findQuotations(text: string, from: number, to: number): Quotation[] {
  const signed = signedBlock(text);
  if (signed && signed.start < to && from < signed.end) return [signed];
  if (!QUOTE_MARK.test(text.slice(from, to))) return [];
  const windowStart = Math.max(0, from - REACH);
  const windowEnd = Math.min(text.length, to + REACH);
  const found: Quotation[] = [];
  let open = -1;
  for (let i = windowStart; i < windowEnd; i++) {
    const mark = markAt(text, i);
    if (mark === 'open') open = i;
    else if (mark === 'close' && open >= 0) {
      const quoted = { start: open + 1, end: i };
      open = -1;
      if (quoted.end <= from || quoted.start >= to) continue;
      const speaker = speakerAfter(text.slice(i + 1, Math.min(text.length, i + 1 + SPEAKER_REACH)), text[i - 1]!)
        ?? speakerBefore(text.slice(Math.max(0, quoted.start - 1 - SPEAKER_REACH), quoted.start - 1));
      if (speaker) found.push({ ...quoted, speaker });
    }
  }
  return found;
}

/** How far before and after a sentence its quotation may open or close. */
const REACH = 800;
/** How far after a closing mark its speaker is looked for. */
const SPEAKER_REACH = 160;
const QUOTE_MARK = /["“”]/;

/**
 * Whether the character at `i` opens or closes a quotation: curly marks say so; a straight
 * mark opens after a space or a bracket and before a word, and closes otherwise.
 */
function markAt(text: string, i: number): 'open' | 'close' | undefined {
  const c = text[i];
  if (c === '“') return 'open';
  if (c === '”') return 'close';
  if (c !== '"') return undefined;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s(\[—–-]/u.test(before) && !/\s/u.test(after) ? 'open' : 'close';
}

/**
 * The speaker named right after a closing mark (`after` starts just past it; `last` is the
 * quotation's last character). A reporting clause counts only after a quotation that ends in a
 * comma or an exclamation or question mark, as quoted speech does before "X said".
 */
function speakerAfter(after: string, last: string): string | undefined {
  const dash = DASH_SPEAKER.exec(after);
  if (dash) return withoutDate(dash[1]!);
  if (!/[,!?]/.test(last) && !after.startsWith(',')) return undefined;
  const clause = after.replace(/^,/, '');
  const m = SPEAKER_SAID.exec(clause) ?? SAID_SPEAKER.exec(clause);
  return m?.[1]!.trim();
}

/**
 * The speaker named before an opening mark (`before` ends just before it): the subject of a
 * verb of saying or describing in the same sentence and clause, the verb followed by at most a
 * few words of its own ("summarised the position as", "told reporters that", "put it
 * bluntly:"). The subject starts its clause and names someone: a determiner or a capital.
 */
function speakerBefore(before: string): string | undefined {
  if (!INTRODUCING_WORD.test(before)) return undefined;
  const sentenceStart = Math.max(...['. ', '! ', '? ', '\n'].map((p) => before.lastIndexOf(p))) + 1;
  const m = INTRODUCED.exec(before.slice(sentenceStart));
  return m?.[1]!.trim();
}

/** "— Afghan defence ministry statement" to the end of its line or sentence. */
const DASH_SPEAKER = /^[.,]?[ \u00A0]*(?:\n[> \u00A0]*)?(?:[—–―]|--)[ \u00A0]*([^\n.!?]{2,100}?)[ \u00A0]*(?:[.!?]?[ \u00A0]*(?:\n|$)|[.!?][ \u00A0])/u;
const SAYING = '(?:said|says|told|stated|added|wrote|writes|insisted|insists|claimed|claims|declared|declares|argued|argues|noted|notes|maintained|asserted|alleged|announced|tweeted|posted)';
/** Verbs that introduce a quotation after their subject: the saying verbs and verbs of describing it. */
const INTRODUCING = `(?:${SAYING}|testified|summari[sz]ed|summari[sz]es|described|describes|called|calls|characteri[sz]ed|characteri[sz]es|put[ \\u00A0]+it|puts[ \\u00A0]+it|warned|warns|remarked|remarks|complained|complains|conceded|concedes|admitted|admits|recalled|recalls|quipped)`;
/** A word every INTRODUCED match holds: most text before a quotation has none. */
const INTRODUCING_WORD = /said|says|told|stated|added|wr[io]te|insist|claim|declar|argue|note|maintain|assert|allege|announc|tweet|post|testif|summari|describ|call|characteri|put|warn|remark|complain|conce|admit|recall|quip/i;
const INTRODUCED = new RegExp(
  `(?:^|[,;:(—–][ \\u00A0]*|(?<![\\p{L}])(?:and|but|while|whereas|when|as)[ \\u00A0]+)[ \\u00A0"“]*((?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Aa]nother|\\p{Lu}[\\p{L}.&'’-]*)(?:[ \\u00A0]+[^\\s,;:.!?"“”\\d]+){0,6}?)[ \\u00A0]+${INTRODUCING}(?![\\p{L}])(?:[ \\u00A0]+[^\\s,;:.!?"“”\\d]+){0,5}?[ \\u00A0]*[,:]?[ \\u00A0]*$`,
  'u',
);

/** `"…," an Afghan spokesman said`: up to six words, then the verb; "and the army said" is another clause. */
const SPEAKER_SAID = new RegExp(`^[ \\u00A0]+(?!(?:and|but|or|while|as|which|who|that)[ \\u00A0])((?:[^\\s,.;:!?"“”]+[ \\u00A0]+){0,5}?[^\\s,.;:!?"“”]+)[ \\u00A0]+${SAYING}(?![\\p{L}])`, 'u');
/** `"…," said an Afghan spokesman`: the verb, then up to the clause's end. */
const SAID_SPEAKER = new RegExp(`^[ \\u00A0]+${SAYING}[ \\u00A0]+([^,.;:!?"“”\\d]{2,80}?)[ \\u00A0]*(?:[,.;:!?]|$)`, 'u');

/**
 * A block whose last sentence is only a dash and a speaker: the block before it is that
 * speaker's words. A cheap test of the block's end first: most blocks end otherwise.
 */
function signedBlock(text: string): Quotation | undefined {
  const tailStart = Math.max(0, text.length - SPEAKER_REACH);
  const tail = text.slice(tailStart);
  const m = SIGNATURE_DASH.test(tail) ? SIGNATURE.exec(tail) : null;
  return m ? { start: 0, end: tailStart + m.index + 1, speaker: m[1]!.trim() } : undefined;
}

const SIGNATURE_DASH = /(?:[—–―]|--)[^—–―]*$/u;
/** "….  — a Pakistani official": a sentence end, a dash, and a speaker named by a determiner or a capital. */
const SIGNATURE = /[.!?…]["”’]?[ \u00A0]+(?:[—–―]|--)[ \u00A0]*((?:the|a|an|one|some|\p{Lu})[^\n.!?—–―"“”\d]{1,100}?)[ \u00A0]*\.?[ \u00A0]*$/u;

/**
 * A paragraph that is one quotation and nothing else (`"We counted nearly 700 attacks."`): its
 * quoted text, between the marks, or undefined. With an attribution line as the next paragraph
 * (`attributionLine`), as in a blockquote signed on a line of its own, the quotation is that
 * speaker's.
 */
export function wholeQuotation(text: string): { start: number; end: number } | undefined {
  const m = WHOLE_QUOTATION.exec(text);
  if (!m) return undefined;
  const start = m.index + m[1]!.length;
  return { start, end: start + m[2]!.length };
}

const WHOLE_QUOTATION = /^([ \u00A0]*["“])([^"“”]+)["”][ \u00A0.,]*$/u;

/**
 * A paragraph that only names a speaker, as the line under a quotation does: "(a provincial
 * police chief, December 2024)", "— Taliban spokesman, 25 December 2024". The speaker is named
 * by a determiner or a capital; its words, or undefined.
 */
export function attributionLine(text: string): string | undefined {
  const m = ATTRIBUTION_LINE.exec(text);
  const words = m?.[1] ?? m?.[2];
  return words === undefined ? undefined : withoutDate(words);
}

/**
 * The speaker without the date or place-and-date that a signature adds after a comma
 * ("Taliban spokesman, 25 December 2024"): the date says when, not who.
 */
function withoutDate(speaker: string): string {
  return speaker.replace(TRAILING_DATED, '').trim();
}

const TRAILING_DATED = /(?:,[^,]*\d[^,]*)+$/u;

const SPEAKER_WORDS = '(?:(?:the|a|an|one|some)(?![\\p{L}])|\\p{Lu})[^\\n()"“”!?]{1,100}?';
const ATTRIBUTION_LINE = new RegExp(`^[ \\u00A0]*(?:\\([ \\u00A0]*(${SPEAKER_WORDS})[ \\u00A0]*\\)|(?:[—–―]|--)[ \\u00A0]*(${SPEAKER_WORDS}))[ \\u00A0]*\\.?[ \\u00A0]*$`, 'u');
