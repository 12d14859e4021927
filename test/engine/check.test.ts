import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActorMatcher } from '../../server/src/engine/actors/matcher';
import { checkClaims } from '../../server/src/engine/check/check';
import { FactIndex } from '../../server/src/engine/check/factIndex';
import { describeCheckedClaim } from '../../server/src/engine/check/hover';
import { dayNumber, factInterval, judge, overlaps } from '../../server/src/engine/check/judge';
import type { Finding } from '../../server/src/engine/check/model';
import { CHECKS, severityFor } from '../../server/src/engine/check/registry';
import { replaceDate, replaceNumber } from '../../server/src/engine/check/replacement';
import { leadingDenominator, numeratorText, shareText } from '../../server/src/engine/check/shareText';
import { suppressed } from '../../server/src/engine/check/suppress';
import { stem, words } from '../../server/src/engine/check/text';
import type { Claim, Interval } from '../../server/src/engine/claims/model';
import { readClaims } from '../../server/src/engine/claims/read';
import { buildKnowledge } from '../../server/src/engine/factbase/knowledge';
import { parseFactBase } from '../../server/src/engine/factbase/load';
import type { Fact } from '../../server/src/engine/factbase/model';
import { parseProse } from '../../server/src/engine/markdown/prose';

const factsFile = join(__dirname, '..', '..', 'server', 'facts', 'default.facts.yaml');
const knowledge = buildKnowledge([parseFactBase(factsFile, readFileSync(factsFile, 'utf8')).data!]).knowledge;
const matcher = new ActorMatcher(knowledge.actors);
const fatalities = knowledge.fact('crss-2024-fatalities')!;

function check(text: string, severities?: Record<string, 'warning' | 'information' | 'off'>) {
  const doc = parseProse(text);
  const claims = readClaims(doc);
  return { doc, ...checkClaims({ doc, claims, mentions: matcher.find(doc), knowledge, severities }) };
}

const iv = (lo: number, hi: number, loOpen = false, hiOpen = false): Interval => ({ lo, hi, loOpen, hiOpen });
function countClaim(interval: Interval, hedge: Claim['hedge'] = 'none'): Claim {
  return { kind: 'count', block: 0, textStart: 0, textEnd: 1, start: 0, end: 1, phraseStart: 0, phraseEnd: 1, hedge, interval, written: 'x', negated: false };
}

describe('check: judge', () => {
  it("reads the source's 'over 1,612' as a hair above 1,612", () => {
    const f = factInterval(fatalities)!;
    assert.equal(f.lo, 1612);
    assert.ok(f.hi > 1612 && f.hi < 1615);
  });
  it('agrees with dropped hedges, roundings and compatible bounds', () => {
    for (const i of [iv(1612, 1612), iv(1550, 1650, false, true), iv(1600, Infinity, true), iv(1520, 1680), iv(1612, Infinity)]) {
      assert.equal(judge(countClaim(i), fatalities), 'agrees', JSON.stringify(i));
    }
  });
  it('disagrees with other figures and incompatible bounds', () => {
    for (const i of [iv(1650, 1750, false, true), iv(1700, Infinity, true), iv(-Infinity, 1600, false, true), iv(1615, 1785), iv(1612, 1612, false, false)].slice(0, 4)) {
      assert.equal(judge(countClaim(i), fatalities), 'contradicts', JSON.stringify(i));
    }
  });
  it('treats open ends as excluded', () => {
    assert.equal(overlaps(iv(0, 10, false, true), iv(10, 20)), false);
    assert.equal(overlaps(iv(0, 10), iv(10, 20)), true);
  });
  it('compares superset terms ("casualties") from below only', () => {
    assert.equal(judge(countClaim(iv(2500, 2500)), fatalities, true), 'agrees');
    assert.equal(judge(countClaim(iv(1000, 1000)), fatalities, true), 'contradicts');
  });
  it('reads a date without a year in the fact year', () => {
    const fact = knowledge.fact('taliban-retaliation-2024-12-28')!;
    const claim: Claim = { ...countClaim(iv(-Infinity, Infinity)), kind: 'date', date: { year: 2025, month: 12, day: 28, yearInferred: true } };
    assert.equal(judge(claim, fact), 'agrees');
    assert.equal(judge({ ...claim, date: { year: 2025, month: 12, day: 29, yearInferred: true } }, fact), 'contradicts');
    const shifted = { ...claim, interval: iv(dayNumber(2023, 12, 28), dayNumber(2023, 12, 28)), date: { year: 2023, month: 12, day: 28, yearInferred: true } };
    assert.equal(judge(shifted, fact), 'agrees');
  });
});

describe('check: linking', () => {
  const flagged = (text: string) => check(text).findings.filter((f) => f.severity === 'warning').map((f) => text.slice(f.start, f.end));

  it('takes the noun phrase after the figure', () => {
    assert.deepEqual(flagged('In 2024 there were 444 fatalities in 1,612 terrorist attacks.'), ['444', '1,612']);
  });
  it('takes a term before the figure joined by linking words', () => {
    assert.deepEqual(flagged('The death toll rose to 1,700 in 2024.'), ['1,700']);
    assert.deepEqual(flagged('Attacks rose by 25% in 2024.'), []);
  });
  it('does not link a figure about another noun', () => {
    assert.deepEqual(flagged('In 2024, 1,700 people were injured and 925 militants were killed.'), []);
  });
  it('does not compare another year, place or period', () => {
    assert.deepEqual(flagged('Pakistan recorded 1,700 fatalities in 2023.'), []);
    assert.deepEqual(flagged('In KP, 900 people were killed in 2024.'), []);
    assert.deepEqual(flagged('On average, 134 people were killed per month in 2024.'), []);
  });
  it("places an unnamed place inside the fact base place whose `contains` lists it", () => {
    // Paktika is in the default fact base's Afghanistan; Quetta is listed nowhere.
    assert.deepEqual(flagged('The airstrikes in Paktika on December 23, 2024 hit a house.'), ['December 23, 2024']);
    assert.deepEqual(flagged("The airstrikes in Paktika's Barmal district on December 23, 2024 hit a house."), ['December 23, 2024']);
    assert.deepEqual(flagged('The airstrikes in Quetta on December 23, 2024 hit a house.'), []);
    assert.deepEqual(flagged('In 2024, 300 attacks took place in Khost.'), []);
  });
  it('gives each date its own event', () => {
    assert.deepEqual(flagged('The Taliban retaliated on December 28 after the airstrikes of December 24.'), []);
    assert.deepEqual(flagged('The Taliban retaliated on December 24 after the airstrikes of December 28.'), ['December 24', 'December 28']);
  });
  it('compares a year only next to an event term', () => {
    assert.deepEqual(flagged('The Taliban came to power in 2020.'), ['2020']);
    assert.deepEqual(flagged('2023 was a deadly year.'), []);
  });
  it('flags both figures of a swap, even one a hedge makes compatible', () => {
    assert.deepEqual(flagged('CRSS counted over 444 fatalities in 1,612 terrorist attacks in 2024.'), ['444', '1,612']);
    assert.deepEqual(flagged('More than 444 people were killed in 600 attacks in 2024.'), ['600']);
    const [first] = check('CRSS counted over 444 fatalities in 1,612 terrorist attacks in 2024.').findings;
    assert.equal(first!.replacement, '1,612');
  });
  it('compares a year after a verb saying when its event happened', () => {
    assert.deepEqual(flagged('The airstrikes on TTP hideouts in Afghanistan took place in 2023.'), ['2023']);
    assert.deepEqual(flagged('Talk of airstrikes on TTP hideouts in Afghanistan grew louder in 2023.'), []);
  });
  it('does not give a date to an event carried out by another actor', () => {
    assert.deepEqual(flagged('US drone strikes in Afghanistan took place in 2022.'), []);
    assert.deepEqual(flagged('Iranian missile strikes hit Pakistan on 16 January 2024.'), []);
    assert.deepEqual(flagged('India condemned the strikes of 25 December 2024.'), ['25 December 2024']);
    const { checked } = check('The TTP’s retaliation on 30 December surprised no one.');
    assert.match(checked[0]!.reason, /carried out by Tehreek-i-Taliban Pakistan/);
  });
  it('does not give a date in an aside about another noun to an event', () => {
    assert.deepEqual(flagged('The Doha Agreement, signed in February 2020, paved the way for the Taliban’s return to power.'), []);
    assert.deepEqual(flagged('The Taliban’s return to power, completed in August 2022, alarmed Islamabad.'), ['August 2022']);
  });
  it('follows a pronoun back to the term just before it', () => {
    assert.deepEqual(flagged('The death toll stood at 1,524 in 2023, and in 2024 it climbed to 2,100.'), ['2,100']);
    assert.deepEqual(flagged('CRSS counted 444 terrorist attacks in 2024, 80% of them in Balochistan and KP.'), ['80%']);
    assert.deepEqual(flagged('Over 1,612 people were killed in 2024, 90 per cent of them in two provinces.'), []);
    assert.deepEqual(flagged('The survey reached 2,000 households, 90 per cent of them in two provinces.'), []);
    assert.deepEqual(flagged('CRSS counted 444 attacks in 2024, 30% of them suicide bombings.'), []);
  });
  it('lets "since" narrow only the figures of its own part of the sentence', () => {
    assert.deepEqual(flagged('The reversal since then has been swift: fatalities in 2023 stood at 1,524, and in 2024 they rose again, to 1,900.'), ['1,900']);
    assert.deepEqual(flagged('Since 2021, more than 3,000 people have been killed.'), []);
  });
  it('reads a share outside the fact’s places as its complement', () => {
    assert.deepEqual(flagged('Only 5% of attacks took place outside KP and Balochistan.'), []);
    const [finding] = check('Only 15% of attacks took place outside KP and Balochistan.').findings;
    assert.equal(finding!.replacement, '5%');
    assert.deepEqual(flagged('Some 10% of attacks took place outside KP.'), []);
  });
  it('gives a date modifying another noun to that noun', () => {
    assert.deepEqual(flagged('ISKP struck targets, including the March 2024 Crocus City Hall attack near Moscow and bombings in Kabul.'), []);
    assert.deepEqual(flagged('The 25 December round of airstrikes hit TTP camps.'), ['25 December']);
    assert.deepEqual(flagged('The bombing on the twenty-second of December targeted TTP hideouts.'), ['twenty-second of December']);
  });
  it('takes a figure’s period from brackets right after it', () => {
    assert.deepEqual(flagged('Terrorist attacks: 37 (Dec 2024).'), []);
    assert.deepEqual(flagged('CRSS counted 1,612 (up from 1,524 in 2023) fatalities in 2024.'), []);
  });
  it('takes a place described in the figure’s clause as its setting', () => {
    assert.deepEqual(flagged('In 2024, 700 people were killed in the tribal districts.'), []);
    assert.deepEqual(flagged('Pakistan was struck by 444 attacks in 2024, about a third of them in the former tribal districts.'), []);
    assert.deepEqual(flagged('90% of attacks took place in the two provinces.'), ['90%']);
  });
  it('reads "at" as an event’s place and "across" as a line it crossed', () => {
    assert.deepEqual(flagged('A bombing at Quetta’s railway station on 9 November 2024 killed 26 people.'), []);
    assert.deepEqual(flagged('The airstrikes across the Durand Line on 25 December 2024 hit TTP hideouts.'), ['25 December 2024']);
  });
  it('uses table rows and headers', () => {
    const text = '| Year | Fatalities | Attacks |\n|---|---|---|\n| 2024 | 1,612 | 454 |\n';
    assert.deepEqual(flagged(text), ['454']);
  });
  it('doubts a figure when its sentence, column or row already gives the fact’s value', () => {
    const uncertain = (text: string) => check(text).findings.filter((f) => f.check === 'uncertain-link').map((f) => text.slice(f.start, f.end));
    // The agreeing 444 in the same column: the Total row is about something else.
    const column = '| Year | Attacks |\n|---|---|\n| 2024 | 444 |\n| All years | 750 |\n';
    assert.deepEqual(flagged(column), []);
    assert.deepEqual(uncertain(column), ['750']);
    // Nothing agrees: the wrong figure is still a mismatch.
    assert.deepEqual(flagged('| Year | Attacks |\n|---|---|\n| 2024 | 454 |\n| All years | 750 |\n'), ['454', '750']);
    assert.deepEqual(flagged('CRSS counted 444 attacks in 2024, and the year’s unclaimed attacks numbered 250.'), []);
    assert.deepEqual(flagged('CRSS counted 454 attacks in 2024.'), ['454']);
    // Dates are not doubted this way: one sentence dates several events.
    assert.deepEqual(flagged('In 2024, the Taliban’s December 28 retaliation answered Pakistani airstrikes carried out on November 24.'), ['November 24']);
  });
  it('does not warn on attributed or rejected figures', () => {
    const { findings } = check('Some outlets put the 2024 death toll at 1,900.');
    assert.deepEqual(findings.map((f) => [f.check, f.severity]), [['attributed-figure-differs', 'information']]);
    assert.match(findings[0]!.message, /^This figure is attributed to some outlets;/);
    assert.deepEqual(flagged('The toll in 2024 was not 1,700 deaths.'), []);
  });
  it('indexes facts by term so the lookup does not scan all facts', () => {
    const extra: Fact[] = Array.from({ length: 500 }, (_, i) => ({ ...fatalities, id: `x${i}`, terms: [`measure${i}`] }));
    const index = new FactIndex([...knowledge.facts, ...extra]);
    const hits = index.hits(words('1,612 fatalities and 3 measure42'));
    assert.deepEqual(hits.map((h) => h.facts.map((f) => f.id)), [['crss-2024-fatalities'], ['x42']]);
  });
  it('lets a term span two words of its phrase, never a particle or a figure', () => {
    const index = new FactIndex(knowledge.facts);
    const termsIn = (text: string) => index.hits(words(text)).map((h) => text.slice(h.start, h.end));
    assert.deepEqual(termsIn('the Taliban have been in power in Kabul since'), ['in power in Kabul since']);
    assert.deepEqual(termsIn('talks have been ruled out since'), []);
    assert.deepEqual(termsIn('militants mounted 474 attacks'), ['attacks']);
  });
  it('stems inflections onto one key', () => {
    assert.equal(stem('retaliated'), stem('retaliation'));
    assert.equal(stem('attacks'), stem('attacked'));
    assert.equal(stem('fatalities'), stem('fatality'));
  });
});

describe('check: findings', () => {
  it('reads two tables a blank line apart as two tables, each with its own header', () => {
    const first = '| Measure | CRSS |\n|---|---|\n| Attacks in 2024 | 444 |\n\n';
    const second = '| Measure | Value |\n|---|---|\n| Attacks in 2024 | 544 |\n';
    // Read as one table, 444 would stand in the same column and make 544 only an uncertain link.
    assert.deepEqual(check(first + second).findings.map((f) => [f.check, f.claim.written]), [['figure-mismatch', '544']]);
  });
  it('names the source value, attribution and citation', () => {
    const { findings } = check('CRSS recorded 1,700 fatalities in 2024.');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /over 1,612 .*2024 \(according to CRSS; Ali, Stratheia \(2025\), ¶7\); this says 1,700\./);
    assert.equal(findings[0]!.replacement, '1,612');
  });
  it('replaces the whole phrase when the hedge contradicts', () => {
    const text = 'In 2024 there were fewer than 1,600 fatalities.';
    const [f] = check(text).findings;
    assert.equal(f!.replacement, 'over 1,612');
    assert.equal(text.slice(f!.replacementStart, f!.replacementEnd), 'fewer than 1,600');
  });
  it('applies severity overrides', () => {
    assert.equal(check('CRSS recorded 1,700 fatalities in 2024.', { 'figure-mismatch': 'information' }).findings[0]!.severity, 'information');
    assert.equal(check('CRSS recorded 1,700 fatalities in 2024.', { 'figure-mismatch': 'off' }).findings.length, 0);
    assert.equal(severityFor('date-mismatch'), CHECKS['date-mismatch'].defaultSeverity);
  });
  it('describes checked claims in hovers', () => {
    const { checked } = check('CRSS recorded 1,700 fatalities in 2023 and 444 attacks in 2024.');
    const hover = (written: string) => describeCheckedClaim(checked.find((c) => c.claim.written === written)!, knowledge);
    assert.match(hover('1,700'), /not compared[\s\S]*about 2023/);
    assert.match(hover('444'), /agrees[\s\S]*Source: 444 — terrorist attacks, 2024[\s\S]*Ali, Stratheia \(2025\), ¶7/);
    assert.match(hover('2023'), /no event/);
  });
  it('checks a 1 MB brief with 10k claims in time linear in its size', () => {
    const paragraph =
      'In 2024 CRSS recorded 1,700 fatalities in 444 terrorist attacks, and relations between Islamabad and Kabul ' +
      'deteriorated further as the Taliban government refused to act against the TTP; the airstrikes of December 25, 2024 ' +
      'followed, and the retaliation that came afterwards pushed relations to a new low that analysts in the region had long ' +
      'feared and warned about in their reports. ';
    // The best of a few runs of the whole and of a quarter: the first warms the JIT. A ratio,
    // not a time, so a loaded machine slows both alike; absolute speed is `npm run bench`'s.
    const bestOf = (paragraphs: number) => {
      const text = Array.from({ length: paragraphs }, () => paragraph).join('\n\n');
      const doc = parseProse(text);
      const claims = readClaims(doc);
      const mentions = matcher.find(doc);
      let ms = Infinity;
      for (let run = 0; run < 4; run++) {
        const t0 = performance.now();
        const { findings } = checkClaims({ doc, claims, mentions, knowledge });
        ms = Math.min(ms, performance.now() - t0);
        assert.equal(findings.length, paragraphs * 2);
      }
      return { ms, claims: claims.length, chars: text.length };
    };
    const quarter = bestOf(675);
    const whole = bestOf(2700);
    assert.ok(whole.claims >= 10_000 && whole.chars >= 1_000_000, `${whole.claims} claims, ${whole.chars} chars`);
    // Linear is 4; anything quadratic in claims, blocks or mentions would be near 16.
    assert.ok(whole.ms / quarter.ms < 8, `${quarter.ms.toFixed(1)} ms for a quarter, ${whole.ms.toFixed(1)} ms for the whole`);
  });
});

describe('check: replacement', () => {
  it('keeps the writer number style', () => {
    assert.equal(replaceNumber('1,700', 1612, false), '1,612');
    assert.equal(replaceNumber('1\u2009700', 1612, false), '1\u2009612');
    assert.equal(replaceNumber('1700', 1612, false), '1612');
    assert.equal(replaceNumber('0.75', 95, true), '0.95');
    assert.equal(replaceNumber('1.7k', 1612, false), '1.6k');
    assert.equal(replaceNumber('2 thousand', 1612, false), '1.6 thousand');
    assert.equal(replaceNumber('97%', 95, true), '95%');
    assert.equal(replaceNumber('97 per cent', 95, true), '95 per cent');
    assert.equal(replaceNumber('ninety-seven per cent', 95, true), 'ninety-five per cent');
    assert.equal(replaceNumber('seventeen hundred', 1612, false), '1,612');
  });
  it('keeps the form of a proportion, or offers no text', () => {
    assert.equal(shareText('Three of every four', 95), 'Nineteen of every twenty');
    assert.equal(shareText('three of four', 95), 'nineteen of twenty');
    assert.equal(shareText('8 out of every 10', 95), '19 out of every 20');
    assert.equal(shareText('Four in five', 95), 'Nineteen in twenty');
    // No proportion up to twenty says 37% exactly: a percentage would break the form.
    assert.equal(shareText('Three of every four', 37), undefined);
    assert.equal(shareText('two-thirds', 95), 'ninety-five per cent');
  });
  it('replaces the numerator of a denominator-first share by the share of its denominator', () => {
    assert.equal(leadingDenominator('Of every 20 attacks, 12'), 20);
    assert.equal(leadingDenominator('For every twenty attacks, twelve'), 20);
    assert.equal(leadingDenominator('12'), undefined);
    assert.equal(numeratorText('12', 20, 95), '19');
    assert.equal(numeratorText('twelve', 20, 95), 'nineteen');
    assert.equal(numeratorText('7', 10, 95), undefined);
    const text = 'Of every 20 attacks, 12 took place in Balochistan or KP.';
    const f = check(text).findings.find((x) => x.check === 'percent-mismatch');
    assert.equal(f?.replacement, '19');
    assert.equal(text.slice(f!.replacementStart, f!.replacementEnd), '12');
    const tenths = check('Of every 10 attacks, 7 took place in Balochistan or KP.').findings.find((x) => x.check === 'percent-mismatch');
    assert.ok(tenths, 'still flagged');
    assert.equal(tenths.replacement, undefined);
  });
  it('writes the complement of the source share after "all but", and says what was written', () => {
    const fixOf = (text: string) => check(text).findings.find((x) => x.check === 'percent-mismatch');
    const percent = fixOf('All but 25% of terrorist attacks in 2024 struck Balochistan and Khyber Pakhtunkhwa.');
    assert.equal(percent?.replacement, '5%');
    assert.match(percent!.message, /this says all but 25%/);
    assert.equal(fixOf('All but one in five terrorist attacks in 2024 struck Balochistan and Khyber Pakhtunkhwa.')?.replacement, 'one in twenty');
    const hedged = fixOf('All but over 25% of terrorist attacks in 2024 struck Balochistan and Khyber Pakhtunkhwa.');
    assert.ok(hedged, 'still flagged');
    assert.equal(hedged.replacement, undefined);
    assert.equal(fixOf('All but 5% of terrorist attacks in 2024 struck Balochistan and Khyber Pakhtunkhwa.'), undefined);
  });
  it('keeps the writer date style', () => {
    const date = (year: number, month?: number, day?: number, yearInferred = false) =>
      ({ ...countClaim(iv(0, 0)), kind: 'date', date: { year, month, day, yearInferred } }) as Claim;
    assert.equal(replaceDate(date(2024, 12, 25), '2024-12-24', 'December 25, 2024'), 'December 24, 2024');
    assert.equal(replaceDate(date(2024, 12, 25), '2024-12-24', '25 Dec 2024'), '24 Dec 2024');
    assert.equal(replaceDate(date(2024, 12, 25, true), '2024-12-24', 'Dec. 25'), 'Dec. 24');
    assert.equal(replaceDate(date(2024, 12, 25, true), '2024-12-24', 'December 25th'), 'December 24th');
    assert.equal(replaceDate(date(2024, 12, 21), '2024-12-24', '2024-12-21'), '2024-12-24');
    assert.equal(replaceDate(date(2024, 11), '2024-12-24', 'November 2024'), 'December 2024');
    assert.equal(replaceDate(date(2020), '2021', '2020'), '2021');
    assert.equal(replaceDate(date(2020, 8, 15), '2021', 'August 15, 2020'), undefined);
  });
});

describe('check: suppression', () => {
  const finding = (text: string, figure: string, check = 'figure-mismatch'): Finding => {
    const start = text.indexOf(figure);
    return { check, severity: 'warning', start, end: start + figure.length, message: '', claim: countClaim(iv(0, 0)), fact: fatalities, verdict: 'contradicts' };
  };
  const kept = (text: string, figures: Array<[string, string?]>) => {
    const doc = parseProse(text);
    return suppressed(figures.map(([f, c]) => finding(text, f, c)), doc, text).map((f) => text.slice(f.start, f.end));
  };
  it('disables the next non-blank line', () => {
    assert.deepEqual(kept('<!-- policy-brief-disable-next-line -->\nA 1,700.\n\nB 1,800.', [['1,700'], ['1,800']]), ['1,800']);
  });
  it('limits a directive to the checks it names', () => {
    const text = '<!-- policy-brief-disable-next-line date-mismatch -->\nA 1,700.';
    assert.deepEqual(kept(text, [['1,700']]), ['1,700']);
  });
  it('disables the same line', () => {
    assert.deepEqual(kept('A 1,700. <!-- policy-brief-disable-line -->\n\nB 1,800.', [['1,700'], ['1,800']]), ['1,800']);
  });
  it('disables regions until enabled, or to the end', () => {
    const text = '<!-- policy-brief-disable -->\n\nA 1,700.\n\n<!-- policy-brief-enable -->\n\nB 1,800.\n\n<!-- policy-brief-disable figure-mismatch -->\n\nC 1,900. D 97%.';
    assert.deepEqual(kept(text, [['1,700'], ['1,800'], ['1,900'], ['97%', 'percent-mismatch']]), ['1,800', '97%']);
  });
});
