import type { AttributionMention } from './attribution';

/**
 * "A television graphic showed 85% of attacks in the two provinces", "one poll shows …": a
 * medium someone else made, introduced as one of many (an indefinite article, "one", "another",
 * "some"), reports what it shows, up to a contrast or the sentence end. "The table shows" and
 * "the data showed" stay the writer's own: a definite part of the brief or its data.
 */
export function findShownBy(sentence: string, from: number): AttributionMention[] {
  return [...sentence.matchAll(SHOWN_BY)].map((m) => {
    const start = from + m.index + m[0].indexOf(m[1]!);
    const end = from + m.index + m[0].length;
    const contrast = CONTRAST.exec(sentence.slice(end - from));
    return { words: m[1]!, shape: 'clause', start, end, scopeEnd: contrast ? end + contrast.index : from + sentence.length, afterOnly: true };
  });
}

const SHOWN_BY = /(?:^|[,;:—–(]|(?<![\p{L}])(?:and|but|while|whereas|yet))[ \u00A0"“]*((?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,3}?(?:graphics?|infographics?|charts?|graphs?|maps?|polls?|surveys?|reports?|studies|study|broadcasts?|headlines?|banners?|tickers?|posts?|videos?|slides?|leaflets?|press[ \u00A0]+releases?))[ \u00A0]+(?:(?:also|once|later|reportedly)[ \u00A0]+)?(?:showed|shows|show|displayed|displays|depicted|depicts|suggested|suggests)(?![\p{L}])/gu;
const CONTRAST = /,?[ \u00A0]+(?:but|while|whereas|yet)(?![\p{L}])|;/u;
