import * as assert from 'node:assert/strict';
import { attributionOf, readClaims } from '../../server/src/engine/claims/read';
import type { Claim, Interval } from '../../server/src/engine/claims/model';
import { parseProse } from '../../server/src/engine/markdown/prose';
import { doc, fromSource } from '../fixtures/claims/blocks';

const read = (...texts: string[]): Claim[] => readClaims(doc(...texts));
const writtenOf = (text: string): string[] => read(text).map((c) => c.written);
const only = (text: string): Claim => {
  const claims = read(text);
  assert.equal(claims.length, 1, `one claim in ${JSON.stringify(text)}, got ${JSON.stringify(claims.map((c) => c.written))}`);
  return claims[0]!;
};
const contains = (i: Interval, v: number): boolean =>
  (i.loOpen ? v > i.lo : v >= i.lo) && (i.hiOpen ? v < i.hi : v <= i.hi);
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
const closed = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: false });
const rounded = (lo: number, hi: number): Interval => ({ lo, hi, loOpen: false, hiOpen: true });

describe('readClaims', () => {
  describe('numerals', () => {
    const cases: Array<[string, string, number, Claim['kind']]> = [
      ['There were 444 attacks.', '444', 444, 'count'],
      ['It killed 1,612 people.', '1,612', 1612, 'count'],
      ['It killed 1612 people.', '1612', 1612, 'count'],
      ['It killed 1 612 people.', '1 612', 1612, 'count'],
      ['It killed 1\u2009612 people.', '1\u2009612', 1612, 'count'],
      ['It killed 1\u202F612 people.', '1\u202F612', 1612, 'count'],
      ['It killed 1\u00A0612 people.', '1\u00A0612', 1612, 'count'],
      ['A budget of 1,234,567 rupees.', '1,234,567', 1234567, 'count'],
      ['Growth of 2.5 points.', '2.5', 2.5, 'count'],
      ['Some 1.6k deaths.', '1.6k', 1600, 'count'],
      ['Some 1.6K deaths.', '1.6K', 1600, 'count'],
      ['It was 1.6 thousand deaths.', '1.6 thousand', 1600, 'count'],
      ['It displaced 2 million people.', '2 million', 2e6, 'count'],
      ['It displaced 2.5m people.', '2.5m', 2.5e6, 'count'],
      ['It cost $2.5m in all.', '2.5m', 2.5e6, 'count'],
      ['It displaced 2.5M residents.', '2.5M', 2.5e6, 'count'],
      ['It cost 3bn rupees.', '3bn', 3e9, 'count'],
      ['It cost 1.2 billion rupees.', '1.2 billion', 1.2e9, 'count'],
      ['Aid reached 5 lakh families.', '5 lakh', 5e5, 'count'],
      ['It cost 2 crore rupees.', '2 crore', 2e7, 'count'],
      ['They seized 12,000 rounds.', '12,000', 12000, 'count'],
      ['Only 7 survived.', '7', 7, 'count'],
      ['(444) attacks.', '444', 444, 'count'],
      ['The total, 1,612, rose.', '1,612', 1612, 'count'],
      ['It ends at 444.', '444', 444, 'count'],
    ];
    for (const [text, written, value, kind] of cases) {
      it(`reads ${JSON.stringify(written)} in ${JSON.stringify(text)}`, () => {
        const c = only(text);
        assert.equal(c.written, written);
        assert.equal(c.value, value);
        assert.equal(c.kind, kind);
      });
    }
  });

  describe('number words', () => {
    const cases: Array<[string, string, number]> = [
      ['There were four hundred and forty-four attacks.', 'four hundred and forty-four', 444],
      ['There were four hundred forty four attacks.', 'four hundred forty four', 444],
      ['About sixteen hundred died.', 'sixteen hundred', 1600],
      ['Some ninety-five fighters.', 'ninety-five', 95],
      ['Some ninety five fighters.', 'ninety five', 95],
      ['In all one thousand six hundred and twelve died.', 'one thousand six hundred and twelve', 1612],
      ['A thousand fled.', 'A thousand', 1000],
      ['They sent twelve envoys.', 'twelve', 12],
      ['Twelve envoys went.', 'Twelve', 12],
      ['They held two million in reserve.', 'two million', 2e6],
      ['They held two thousand five hundred in reserve.', 'two thousand five hundred', 2500],
      ['About a hundred fled.', 'a hundred', 100],
      ['Eleven died.', 'Eleven', 11],
      ['It took seventy-three days.', 'seventy-three', 73],
      ['It had three lakh members.', 'three lakh', 3e5],
    ];
    for (const [text, written, value] of cases) {
      it(`reads ${JSON.stringify(written)} as ${value}`, () => {
        const c = only(text);
        assert.equal(c.written, written);
        assert.equal(c.value, value);
      });
    }
    it('splits juxtaposed words into separate figures', () => {
      assert.deepEqual(read('Scores: two three.').map((c) => c.value), [2, 3]);
    });
    const skipped = ['Dozens died.', 'Hundreds of people fled.', 'Thousands fled.', 'One of the attacks.',
      'A three-day visit.', 'Someone often went.', 'A third attack followed.', 'It was a half-hearted effort.'];
    for (const text of skipped) {
      it(`reads nothing vague or compound in ${JSON.stringify(text)}`, () => assert.deepEqual(writtenOf(text), []));
    }
    const fractions: [string, string, number][] = [
      ['Two-thirds of the attacks.', 'Two-thirds', 200 / 3],
      ['Balochistan saw two thirds of attacks.', 'two thirds', 200 / 3],
      ['Three quarters of them died.', 'Three quarters', 75],
      ['More than half of all attacks.', 'half', 50],
      ['A third of the attacks.', 'A third', 100 / 3],
    ];
    for (const [text, written, percent] of fractions) {
      it(`reads the fraction in ${JSON.stringify(text)} as a percentage`, () => {
        const claims = read(text);
        assert.deepEqual(claims.map((c) => [c.kind, c.written]), [['percent', written]]);
        assert.ok(Math.abs(claims[0]!.value! - percent) < 1e-9);
      });
    }
  });

  describe('percentages', () => {
    const cases: Array<[string, string, number]> = [
      ['They suffered 95% of attacks.', '95%', 95],
      ['They suffered 95 % of attacks.', '95 %', 95],
      ['They suffered 95\u2009% of attacks.', '95\u2009%', 95],
      ['They suffered 95 per cent of attacks.', '95 per cent', 95],
      ['They suffered 95 percent of attacks.', '95 percent', 95],
      ['They suffered 95 per-cent of attacks.', '95 per-cent', 95],
      ['They suffered 95 pc of attacks.', '95 pc', 95],
      ['They suffered 95 pct of attacks.', '95 pct', 95],
      ['They suffered ninety-five per cent of attacks.', 'ninety-five per cent', 95],
      ['They suffered ninety-five percent of attacks.', 'ninety-five percent', 95],
      ['Turnout was 12.5%.', '12.5%', 12.5],
      ['They suffered 0.75 of all attacks.', '0.75', 75],
    ];
    for (const [text, written, value] of cases) {
      it(`reads ${JSON.stringify(written)} as ${value}%`, () => {
        const c = only(text);
        assert.equal(c.kind, 'percent');
        assert.equal(c.written, written);
        assert.equal(c.value, value);
      });
    }
    it('rounds a percentage at its last digit', () => assert.deepEqual(only('It was 95%.').interval, rounded(94.5, 95.5)));
    it('rounds a decimal percentage at its last digit', () => {
      const i = only('It was 12.5%.').interval;
      assert.ok(Math.abs(i.lo - 12.45) < 1e-9 && Math.abs(i.hi - 12.55) < 1e-9);
    });
    it('reads a decimal below one as a share only when it is said to be one', () => {
      assert.equal(only('There were 0.75 attacks a day.').kind, 'count');
      assert.equal(only('The proportion of attacks in Balochistan and KP was 0.75.').kind, 'percent');
    });
    it('does not read "percentage" as a percent sign', () => assert.equal(only('It rose 5 percentage points.').kind, 'count'));
  });

  describe('proportions', () => {
    const cases: Array<[string, string, number, number]> = [
      ['nineteen in twenty attacks', 'nineteen in twenty', 95, 2.5],
      ['19 out of 20 attacks', '19 out of 20', 95, 2.5],
      ['nine in ten attacks', 'nine in ten', 90, 5],
      ['nine out of ten attacks', 'nine out of ten', 90, 5],
      ['nineteen of every twenty attacks', 'nineteen of every twenty', 95, 2.5],
      ['three in every four attacks', 'three in every four', 75, 5],
      ['19 of 20 attacks', '19 of 20', 95, 2.5],
    ];
    for (const [text, written, value, half] of cases) {
      it(`reads ${JSON.stringify(written)} as ${value}% ±${half}`, () => {
        const c = only(text);
        assert.equal(c.kind, 'percent');
        assert.equal(c.written, written);
        assert.equal(c.value, value);
        assert.deepEqual(c.interval, rounded(value - half, value + half));
      });
    }
    it('reads "one in three" as a third within ±5 points', () => {
      const c = only('one in three attacks');
      assert.ok(contains(c.interval, 33.4) && !contains(c.interval, 40));
    });
    it('does not read "3 in 2024" as a proportion', () => assert.deepEqual(read('3 in 2024').map((c) => c.kind), ['count', 'year']));
    it('reads a plain "of" with a large denominator as two counts: "40 of 444 attacks"', () => assert.deepEqual(writtenOf('Only 40 of 444 attacks struck Punjab.'), ['40', '444']));
    it('reads a denominator-first proportion on its numerator, its words from "Of every" on as its phrase', () => {
      const text = 'Of every 20 attacks, 19 took place in Balochistan.';
      const c = only(text);
      assert.equal(c.kind, 'percent');
      assert.equal(c.written, '19');
      assert.equal(c.value, 95);
      assert.deepEqual(c.interval, rounded(92.5, 97.5));
      assert.equal(text.slice(c.phraseStart, c.phraseEnd), 'Of every 20 attacks, 19');
    });
    it('keeps a year between a denominator and its numerator a year', () => {
      const claims = read('For every twenty attacks in 2024, nineteen struck Balochistan.');
      assert.deepEqual(claims.map((c) => [c.kind, c.written]), [['year', '2024'], ['percent', 'nineteen']]);
    });
    const notDenominatorFirst = ['Of the 444 attacks, 420 struck Balochistan.', 'For every 100 attacks, 300 people died.', 'Of every 20 attacks. 19 struck.'];
    for (const text of notDenominatorFirst) {
      it(`reads no proportion in ${JSON.stringify(text)}`, () => assert.ok(read(text).every((c) => c.kind !== 'percent')));
    }
  });

  describe('dates', () => {
    const cases: Array<[string, string, number, number, number | undefined]> = [
      ['On December 24, 2024, jets struck.', 'December 24, 2024', 2024, 12, 24],
      ['On 24 December 2024 jets struck.', '24 December 2024', 2024, 12, 24],
      ['On Dec. 24, 2024 jets struck.', 'Dec. 24, 2024', 2024, 12, 24],
      ['On Dec 24, 2024 jets struck.', 'Dec 24, 2024', 2024, 12, 24],
      ['On 24 Dec 2024 jets struck.', '24 Dec 2024', 2024, 12, 24],
      ['On 2024-12-24 jets struck.', '2024-12-24', 2024, 12, 24],
      ['On 24/12/2024 jets struck.', '24/12/2024', 2024, 12, 24],
      ['On 12/24/2024 jets struck.', '12/24/2024', 2024, 12, 24],
      ['In December 2024 jets struck.', 'December 2024', 2024, 12, undefined],
      ['In Dec 2024 jets struck.', 'Dec 2024', 2024, 12, undefined],
      ['In Sept. 2021 they came.', 'Sept. 2021', 2021, 9, undefined],
      ['On 3rd of March 2021 they came.', '3rd of March 2021', 2021, 3, 3],
      ['On 1 May 2021 they came.', '1 May 2021', 2021, 5, 1],
      ['They came on 1 May 2021.', '1 May 2021', 2021, 5, 1],
    ];
    for (const [text, written, year, month, d] of cases) {
      it(`reads ${JSON.stringify(written)}`, () => {
        const c = only(text);
        assert.equal(c.kind, 'date');
        assert.equal(c.written, written);
        assert.deepEqual(c.date, { year, month, day: d, yearInferred: false });
        assert.equal(c.interval.lo, day(year, month, d ?? 1));
      });
    }
    it('gives a day a one-day interval', () => assert.deepEqual(only('On 24 December 2024.').interval, closed(day(2024, 12, 24), day(2024, 12, 24))));
    it('gives a month its whole month', () => assert.deepEqual(only('In February 2024.').interval, closed(day(2024, 2, 1), day(2024, 2, 29))));
    it('gives a year its whole year', () => assert.deepEqual(only('In 2024 it rose.').interval, closed(day(2024, 1, 1), day(2024, 12, 31))));
    const yearless: Array<[string, string, number, number]> = [
      ['In 2024 strikes began on 24th December.', '24th December', 12, 24],
      ['In 2024 strikes began on December 24th.', 'December 24th', 12, 24],
      ['In 2024 strikes began on the twenty-fourth of December.', 'twenty-fourth of December', 12, 24],
      ['In 2024 strikes began on December 28.', 'December 28', 12, 28],
      ['In 2024 strikes began on Dec. 28 at night.', 'Dec. 28', 12, 28],
      ['In 2024 strikes began on 28 Dec.', '28 Dec.', 12, 28],
    ];
    for (const [text, written, month, d] of yearless) {
      it(`infers the year of ${JSON.stringify(written)} from its sentence`, () => {
        const c = read(text).find((x) => x.kind === 'date')!;
        assert.equal(c.written, written);
        assert.deepEqual(c.date, { year: 2024, month, day: d, yearInferred: true });
        assert.deepEqual(c.interval, closed(day(2024, month, d), day(2024, month, d)));
      });
    }
    it('infers the year from an earlier sentence of the block', () => {
      const c = read('Jets struck on December 24, 2024. The Taliban hit back on December 28.')[1]!;
      assert.equal(c.date?.year, 2024);
      assert.equal(c.date?.yearInferred, true);
    });
    it('prefers the same sentence over the rest of the block', () => {
      const c = read('It began in 2023. On December 28 of 2024 they struck.').find((x) => x.kind === 'date')!;
      assert.equal(c.date?.year, 2024);
    });
    it('takes a later year in the block when none comes before', () => {
      const c = read('They struck on December 28. That was 2024.').find((x) => x.kind === 'date')!;
      assert.equal(c.date?.year, 2024);
    });
    it('infers the year from the nearest earlier block', () => {
      const c = read('In 2021 the Taliban took power.', 'In 2024 attacks rose.', 'No figures here.', 'On December 28 they struck.')
        .find((x) => x.kind === 'date')!;
      assert.equal(c.date?.year, 2024);
    });
    it('does not infer the year from later blocks', () => {
      const c = read('On December 28 they struck.', 'In 2024 attacks rose.')[0]!;
      assert.deepEqual(c.date, { year: 0, month: 12, day: 28, yearInferred: true });
      assert.equal(c.interval.lo, -Infinity);
      assert.equal(c.interval.hi, Infinity);
    });
    const notDates = ['They may march.', 'In December they left.', 'On 05/06/2024 they met.', 'On 31 February 2024 nothing.'];
    for (const text of notDates) {
      it(`reads no date in ${JSON.stringify(text)}`, () => assert.ok(read(text).every((c) => c.kind !== 'date')));
    }
    it('reads no count from the numbers inside a date', () => assert.deepEqual(writtenOf('On December 24, 2024, 444 died.'), ['December 24, 2024', '444']));
  });

  describe('years and four-digit counts', () => {
    const cases: Array<[string, string, Claim['kind']]> = [
      ['2024 was a deadly year.', '2024', 'year'],
      ['The Taliban took power in 2021.', '2021', 'year'],
      ['In 2024 attacks rose.', '2024', 'year'],
      ['The 2024 elections were held.', '2024', 'year'],
      ["Pakistan's 2024 elections were held.", '2024', 'year'],
      ['2024 marks a low.', '2024', 'year'],
      ['There were 2024 attacks.', '2024', 'count'],
      ['2024 attacks were recorded.', '2024', 'count'],
      ['There were 2,024 attacks.', '2,024', 'count'],
      ['There were 2024 people hurt.', '2024', 'count'],
      ['They recorded 1899 attacks.', '1899', 'count'],
      ['It rose 2024%.', '2024%', 'percent'],
      ['Since 1999, it rose.', '1999', 'year'],
    ];
    for (const [text, written, kind] of cases) {
      it(`reads ${JSON.stringify(written)} in ${JSON.stringify(text)} as a ${kind}`, () => {
        const c = only(text);
        assert.equal(c.written, written);
        assert.equal(c.kind, kind);
      });
    }
    it('reads a year range as two years', () => assert.deepEqual(read('From 2021 to 2024 it rose.').map((c) => c.kind), ['year', 'year']));
    it('ends a figure\'s phrase at its year', () => assert.deepEqual(read('Deaths rose from 1,524 in 2023 to 2,512 in 2024.').map((c) => c.written), ['1,524', '2023', '2,512', '2024']));
    it('skips fiscal years', () => assert.deepEqual(writtenOf('The 2021-22 budget.'), []));
  });

  describe('years relative to a written year', () => {
    const cases: Array<[string, number]> = [
      ['the year before', 2024],
      ['a year earlier', 2024],
      ['one year before', 2024],
      ['the previous year', 2024],
      ['the preceding year', 2024],
      ['last year', 2024],
      ['Last year', 2024],
      ['the year after', 2026],
      ['the following year', 2026],
      ['a year later', 2026],
    ];
    for (const [phrase, year] of cases) {
      it(`reads ${JSON.stringify(phrase)} after 2025 as ${year}`, () => {
        const c = read(`Attacks fell in 2025; ${phrase}, they had risen.`).find((x) => x.written === phrase)!;
        assert.equal(c.kind, 'year');
        assert.deepEqual(c.date, { year, yearInferred: true });
        assert.deepEqual(c.interval, closed(day(year, 1, 1), day(year, 12, 31)));
      });
    }
    const unread = [
      'The year before, attacks rose.',
      'Attacks fell in 2025. The year before, they rose.',
      'Attacks fell in 2025, a year after the takeover.',
      'Attacks fell in 2025, the year after Pakistan struck.',
      'Attacks fell in 2025, as in the year before last.',
      'Attacks fell in 2025 and over the last year.',
    ];
    for (const text of unread) {
      it(`reads no relative year in ${JSON.stringify(text)}`, () => assert.ok(read(text).every((c) => !c.date?.yearInferred)));
    }
    it('gives later dates the explicit year, not the relative one', () => {
      const c = read('Pakistan entered 2025 having lost 1,712 lives the year before.', 'On December 28 they struck.').find((x) => x.kind === 'date')!;
      assert.equal(c.date?.year, 2025);
    });
  });

  describe('bare days', () => {
    const before = 'Jets struck on 24 December 2024; the Taliban hit back on ';
    const followers = ['the 28th.', 'the 28th against border posts.', 'the 28th by shelling posts.', 'the 28th – four days later.', 'the 28th (a Saturday).', 'the 28th and the 29th.'];
    for (const after of followers) {
      it(`reads ${JSON.stringify(after)} as a day of the month before it`, () => {
        const c = read(before + after).find((x) => x.written === '28th')!;
        assert.equal(c.kind, 'date');
        assert.deepEqual(c.date, { year: 2024, month: 12, day: 28, yearInferred: true, monthInferred: true });
      });
    }
    const notDays = ['the 18th Amendment.', 'the 20th century.', 'the 5th of the month.', 'the 11th Corps.', 'the 11th hour.'];
    for (const after of notDays) {
      it(`reads no day in ${JSON.stringify(after)}`, () => assert.equal(read(before + after).length, 1));
    }
  });

  describe('precision', () => {
    const cases: Array<[string, Interval]> = [
      ['It killed 1,612.', closed(1612, 1612)],
      ['It killed 444.', closed(444, 444)],
      ['It killed 440.', rounded(435, 445)],
      ['It killed 1,610.', rounded(1605, 1615)],
      ['It killed 95.', closed(95, 95)],
      ['It killed 50.', closed(50, 50)],
      ['It killed 1,600.', rounded(1550, 1650)],
      ['It killed 2,000.', rounded(1950, 2050)],
      ['It killed 400.', rounded(395, 405)],
      ['It killed 10,000.', rounded(9500, 10500)],
      ['It killed 1.6k.', rounded(1550, 1650)],
      ['It killed 1.6 thousand.', rounded(1550, 1650)],
      ['It killed 2 million.', rounded(1.95e6, 2.05e6)],
      ['It killed 2.5 million.', rounded(2.45e6, 2.55e6)],
      ['It killed 12 thousand.', rounded(11500, 12500)],
      ['It killed sixteen hundred.', rounded(1550, 1650)],
      ['It killed four hundred and forty-four.', closed(444, 444)],
    ];
    for (const [text, interval] of cases) {
      it(`reads ${JSON.stringify(text)} as ${JSON.stringify(interval)}`, () => assert.deepEqual(only(text).interval, interval));
    }
    const agreements: Array<[string, number, boolean]> = [
      ['about 1,600 died', 1612, true],
      ['about 1,700 died', 1612, false],
      ['around 450 attacks', 444, true],
      ['about 95%', 95, true],
      ['roughly 90%', 95, false],
      ['about 1,500 died', 1612, false],
      ['1,600 died', 1612, true],
      ['1,700 died', 1612, false],
      ['2,000 died', 1612, false],
      ['440 attacks', 444, true],
      ['450 attacks', 444, false],
      ['1,610 died', 1612, true],
      ['1,620 died', 1612, false],
      ['nearly 1,700 died', 1612, false],
      ['nearly 1,650 died', 1612, true],
      ['almost 450 attacks', 444, true],
      ['nearly 95%', 96, false],
      ['just over 1,600 died', 1612, true],
      ['just over 1,700 died', 1612, false],
      ['just over 300 attacks', 444, false],
    ];
    for (const [text, fact, agrees] of agreements) {
      it(`${JSON.stringify(text)} ${agrees ? 'allows' : 'does not allow'} ${fact}`, () => assert.equal(contains(only(text).interval, fact), agrees));
    }
  });

  describe('hedges', () => {
    const cases: Array<[string, string, Claim['hedge'], Interval]> = [
      ['over 1,612 deaths', 'over 1,612', 'over', { lo: 1612, hi: Infinity, loOpen: true, hiOpen: true }],
      ['more than 1,600 deaths', 'more than 1,600', 'over', { lo: 1600, hi: Infinity, loOpen: true, hiOpen: true }],
      ['above 440 attacks', 'above 440', 'over', { lo: 440, hi: Infinity, loOpen: true, hiOpen: true }],
      ['exceeding 440 attacks', 'exceeding 440', 'over', { lo: 440, hi: Infinity, loOpen: true, hiOpen: true }],
      ['in excess of 440 attacks', 'in excess of 440', 'over', { lo: 440, hi: Infinity, loOpen: true, hiOpen: true }],
      ['upwards of 440 attacks', 'upwards of 440', 'over', { lo: 440, hi: Infinity, loOpen: true, hiOpen: true }],
      ['north of 440 attacks', 'north of 440', 'over', { lo: 440, hi: Infinity, loOpen: true, hiOpen: true }],
      ['well over 440 attacks', 'well over 440', 'over', { lo: 440, hi: Infinity, loOpen: true, hiOpen: true }],
      ['Deaths exceeded 1,600.', 'exceeded 1,600', 'over', { lo: 1600, hi: Infinity, loOpen: true, hiOpen: true }],
      ['at least 440 attacks', 'at least 440', 'at-least', { lo: 440, hi: Infinity, loOpen: false, hiOpen: true }],
      ['no fewer than 440 attacks', 'no fewer than 440', 'at-least', { lo: 440, hi: Infinity, loOpen: false, hiOpen: true }],
      ['no less than 440 attacks', 'no less than 440', 'at-least', { lo: 440, hi: Infinity, loOpen: false, hiOpen: true }],
      ['not less than 440 attacks', 'not less than 440', 'at-least', { lo: 440, hi: Infinity, loOpen: false, hiOpen: true }],
      ['a minimum of 440 attacks', 'a minimum of 440', 'at-least', { lo: 440, hi: Infinity, loOpen: false, hiOpen: true }],
      ['Attacks did not fall below 440.', 'did not fall below 440', 'at-least', { lo: 440, hi: Infinity, loOpen: false, hiOpen: true }],
      ["Attacks didn't drop below 440.", "didn't drop below 440", 'at-least', { lo: 440, hi: Infinity, loOpen: false, hiOpen: true }],
      ['1,600+ deaths', '1,600+', 'at-least', { lo: 1600, hi: Infinity, loOpen: false, hiOpen: true }],
      ['1,612-plus deaths', '1,612-plus', 'at-least', { lo: 1612, hi: Infinity, loOpen: false, hiOpen: true }],
      ['1,600 or more deaths', '1,600 or more', 'at-least', { lo: 1600, hi: Infinity, loOpen: false, hiOpen: true }],
      ['under 450 attacks', 'under 450', 'under', { lo: 0, hi: 450, loOpen: false, hiOpen: true }],
      ['fewer than 450 attacks', 'fewer than 450', 'under', { lo: 0, hi: 450, loOpen: false, hiOpen: true }],
      ['less than 450 attacks', 'less than 450', 'under', { lo: 0, hi: 450, loOpen: false, hiOpen: true }],
      ['below 450 attacks', 'below 450', 'under', { lo: 0, hi: 450, loOpen: false, hiOpen: true }],
      ['no more than 450 attacks', 'no more than 450', 'at-most', { lo: 0, hi: 450, loOpen: false, hiOpen: false }],
      ['not more than 450 attacks', 'not more than 450', 'at-most', { lo: 0, hi: 450, loOpen: false, hiOpen: false }],
      ['at most 450 attacks', 'at most 450', 'at-most', { lo: 0, hi: 450, loOpen: false, hiOpen: false }],
      ['up to 450 attacks', 'up to 450', 'at-most', { lo: 0, hi: 450, loOpen: false, hiOpen: false }],
      ['a maximum of 450 attacks', 'a maximum of 450', 'at-most', { lo: 0, hi: 450, loOpen: false, hiOpen: false }],
      ['Attacks did not exceed 450.', 'did not exceed 450', 'at-most', { lo: 0, hi: 450, loOpen: false, hiOpen: false }],
      ['450 or fewer attacks', '450 or fewer', 'at-most', { lo: 0, hi: 450, loOpen: false, hiOpen: false }],
      ['about 444 attacks', 'about 444', 'about', closed(421.8, 466.2)],
      ['around 444 attacks', 'around 444', 'about', closed(421.8, 466.2)],
      ['roughly 444 attacks', 'roughly 444', 'about', closed(421.8, 466.2)],
      ['some 444 attacks', 'some 444', 'about', closed(421.8, 466.2)],
      ['approximately 444 attacks', 'approximately 444', 'about', closed(421.8, 466.2)],
      ['close to 444 attacks', 'close to 444', 'about', closed(421.8, 466.2)],
      ['an estimated 444 attacks', 'an estimated 444', 'about', closed(421.8, 466.2)],
      ['~444 attacks', '~444', 'about', closed(421.8, 466.2)],
      ['≈ 444 attacks', '≈ 444', 'about', closed(421.8, 466.2)],
      ['nearly 1,700 deaths', 'nearly 1,700', 'nearly', closed(1615, 1700)],
      ['almost 1,700 deaths', 'almost 1,700', 'nearly', closed(1615, 1700)],
      ['just under 1,700 deaths', 'just under 1,700', 'nearly', closed(1615, 1700)],
      ['just over 1,600 deaths', 'just over 1,600', 'just-over', { lo: 1600, hi: 1680, loOpen: true, hiOpen: false }],
      ['slightly more than 440 attacks', 'slightly more than 440', 'just-over', { lo: 440, hi: 462, loOpen: true, hiOpen: false }],
      ['well over 300 attacks', 'well over 300', 'over', { lo: 300, hi: Infinity, loOpen: true, hiOpen: true }],
      ['Deaths crossed 1,900.', 'crossed 1,900', 'over', { lo: 1900, hi: Infinity, loOpen: true, hiOpen: true }],
      ['between 400 and 450 attacks', 'between 400 and 450', 'range', closed(400, 450)],
      ['400–450 attacks', '400–450', 'range', closed(400, 450)],
      ['400-450 attacks', '400-450', 'range', closed(400, 450)],
      ['400 to 450 attacks', '400 to 450', 'range', closed(400, 450)],
      ['from 400 to 450 attacks', 'from 400 to 450', 'range', closed(400, 450)],
      ['20–30% of them', '20–30%', 'range', closed(20, 30)],
      ['1.5 to 2 million people', '1.5 to 2 million', 'range', closed(1.5e6, 2e6)],
      ['over 95% of attacks', 'over 95%', 'over', { lo: 95, hi: Infinity, loOpen: true, hiOpen: true }],
      ['more than nine in ten attacks', 'more than nine in ten', 'over', { lo: 90, hi: Infinity, loOpen: true, hiOpen: true }],
    ];
    for (const [text, phrase, hedge, interval] of cases) {
      it(`reads ${JSON.stringify(phrase)} as ${hedge}`, () => {
        const c = only(text);
        assert.equal(c.hedge, hedge);
        assert.equal(text.slice(c.phraseStart, c.phraseEnd), phrase);
        assert.equal(c.interval.loOpen, interval.loOpen);
        assert.equal(c.interval.hiOpen, interval.hiOpen);
        assert.ok(Math.abs(c.interval.lo - interval.lo) < 1e-9 || c.interval.lo === interval.lo, `lo ${c.interval.lo}`);
        assert.ok(Math.abs(c.interval.hi - interval.hi) < 1e-9 || c.interval.hi === interval.hi, `hi ${c.interval.hi}`);
        assert.equal(c.negated, false);
      });
    }
    it('keeps hedge words out of the figure span', () => {
      const c = only('more than 1,600 deaths');
      assert.equal(c.written, '1,600');
      assert.deepEqual([c.start, c.end], [10, 15]);
    });
    it('spans both numbers of a range', () => {
      const c = only('between 400 and 450 attacks');
      assert.equal(c.written, '400 and 450');
      assert.equal(c.value, 400);
    });
    it('does not take a hedge across a sentence boundary', () => assert.equal(read('It was over. 444 died.')[0]!.hedge, 'none'));
  });

  describe('rejection and negated bounds', () => {
    const cases: Array<[string, string, boolean]> = [
      ['The toll was not 1,700.', '1,700', true],
      ['It was 1,612 rather than 1,700.', '1,700', true],
      ['It was 1,612 instead of 1,700.', '1,700', true],
      ['It was not 444 attacks.', '444', true],
      ["It wasn't 444 attacks.", '444', true],
      ['Not 1,700, as some reported, but 1,612.', '1,700', true],
      ['Not 1,700, as some reported, but 1,612.', '1,612', false],
      ['Attacks did not fall below 440.', '440', false],
      ['It was not less than 440.', '440', false],
      ['It was no fewer than 440.', '440', false],
      ['It was not more than 450.', '450', false],
      ['It was 444, not only 400.', '400', false],
      ['The strike was not on December 24, 2024.', 'December 24, 2024', true],
      ['It was not 2021.', '2021', true],
      ['It is a myth that 2,000 people died.', '2,000', true],
      ['It is a myth that KP saw only 70% of attacks; the true share is 95%.', '95%', false],
      ['It is a myth that the TTP spares civilians: 2,000 people died.', '2,000', false],
      ['The data do not support claims of 2,000 deaths.', '2,000', true],
      ['It is not the case that 1,800 people died.', '1,800', true],
      ['We reject the figure of 700 attacks.', '700', true],
      ['The ministry, speaking on 30 December, said 19 soldiers died.', '30 December', true],
      ['The strikes took place on 30 December.', '30 December', false],
    ];
    for (const [text, written, negated] of cases) {
      it(`${negated ? 'marks' : 'does not mark'} ${written} in ${JSON.stringify(text)} as rejected`, () => {
        const c = read(text).find((x) => x.written === written)!;
        assert.equal(c.negated, negated);
      });
    }
  });

  describe('attribution', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ['According to CRSS, 444 attacks took place.', '444', 'CRSS'],
      ['According to the Center for Research and Security Studies (CRSS), 2024 was deadly.', '2024', 'the Center for Research and Security Studies (CRSS)'],
      ['There were 444 attacks according to CRSS.', '444', 'CRSS'],
      ['Some outlets put it at 2,000.', '2,000', 'Some outlets'],
      ['Some outlets put the toll at 2,000.', '2,000', 'Some outlets'],
      ['CRSS counted 1,612 deaths.', '1,612', 'CRSS'],
      ['CRSS recorded 444 attacks.', '444', 'CRSS'],
      ['Media reports claimed 2,000 deaths.', '2,000', 'Media reports'],
      ['The ministry estimated 1,600 deaths.', '1,600', 'The ministry'],
      ['444 attacks took place, CRSS said.', '444', 'CRSS'],
      ['Per CRSS, 444 attacks took place.', '444', 'CRSS'],
      ["CRSS's figures show 444 attacks.", '444', 'CRSS'],
      ["Fatalities rose to 1,900 by the interior ministry's count.", '1,900', 'the interior ministry'],
      ['Fatalities rose to 1,900 by our reading of the CRSS data.', '1,900', 'the CRSS data'],
      ['By our count, fatalities rose to 1,900.', '1,900', 'our'],
      ["By CRSS's count, 2024 brought 1,412 deaths.", '1,412', 'CRSS'],
      ['By the reckoning of the interior ministry, fatalities reached 1,300.', '1,300', 'the interior ministry'],
      ['By the numbers, fatalities reached 1,300.', '1,300', undefined],
      ["Pakistan's Interior Ministry, which tends to publish lower numbers than CRSS, reported 1,400 fatalities.", '1,400', "Pakistan's Interior Ministry"],
      ['Attacks rose by 20% in 2024.', '20%', undefined],
      ['Not 1,700, as some reported, but 1,612.', '1,700', 'some'],
      ['Not 1,700, as some reported, but 1,612.', '1,612', undefined],
      ['Some outlets put it at 2,000, but CRSS counted 1,612.', '2,000', 'Some outlets'],
      ['Some outlets put it at 2,000, but CRSS counted 1,612.', '1,612', 'CRSS'],
      ['There were 444 attacks.', '444', undefined],
      ['It was 95 per cent.', '95 per cent', undefined],
      ['444 attacks were recorded.', '444', undefined],
      ['According to CRSS, 444 attacks. Then 2,000 died.', '2,000', undefined],
      ['Unverified social media posts spoke of 700 attacks.', '700', 'Unverified social media posts'],
      ['A Taliban statement dated its retaliation to December 27.', 'December 27', 'A Taliban statement'],
      ['The interior ministry put the number of attacks in 2024 at 500.', '500', 'The interior ministry'],
      ['The surge put 2024 at the top, with 1,900 deaths.', '1,900', undefined],
      ['The Pakistan Institute for Peace Studies (PIPS) recorded 521 attacks.', '521', 'The Pakistan Institute for Peace Studies (PIPS)'],
      ['Over 2,000 deaths by some unofficial counts, though CRSS puts the figure at 1,612.', '2,000', 'some unofficial counts'],
      ['Over 2,000 deaths by some unofficial counts, though CRSS puts the figure at 1,612.', '1,612', 'CRSS'],
      ['A white paper, citing CRSS, put the toll at 1,300.', '1,300', 'CRSS'],
      ['Using CRSS numbers, an op-ed noted that 1,126 people died.', '1,126', 'CRSS'],
      ['Analysts cite the total, which CRSS put at about 520.', '520', 'CRSS'],
      ['1,900 people died, CRSS said, and the ministry reported 1,300.', '1,900', 'CRSS'],
      ["By one think tank's reckoning, 1,524 died in 2023, which makes the 1,124 dead of 2024 striking.", '1,524', 'one think tank'],
      ["By one think tank's reckoning, 1,524 died in 2023, which makes the 1,124 dead of 2024 striking.", '1,124', undefined],
      ['We follow the published report: 454 attacks.', '454', undefined],
      ['Some claim that 2,000 died.', '2,000', 'Some'],
      ['"The strikes of December 26 violated our sovereignty," an Afghan spokesman said.', 'December 26', 'an Afghan spokesman'],
      ['"The strikes of December 26 violated our sovereignty," said an Afghan spokesman.', 'December 26', 'an Afghan spokesman'],
      ['"The December 26 strikes violated our sovereignty." — Afghan defence ministry statement', 'December 26', 'Afghan defence ministry statement'],
      ['The interior ministry released its annual report. According to the report, 500 attacks took place.', '500', 'The interior ministry'],
      ['Hardly 1,000 people died, says one commentator, but CRSS counted 1,612.', '1,000', 'one commentator'],
      ["The interior ministry's higher estimate of 2,100 deaths exceeds the CRSS count of 1,450.", '2,100', 'The interior ministry'],
      ["The interior ministry's higher estimate of 2,100 deaths exceeds the CRSS count of 1,450.", '1,450', 'CRSS'],
    ];
    for (const [text, written, attribution] of cases) {
      it(`attributes ${written} in ${JSON.stringify(text)} to ${attribution ?? 'no one'}`, () => {
        const c = read(text).find((x) => x.written === written)!;
        assert.equal(attributionOf(c), attribution);
      });
    }
  });

  describe('what is not a figure', () => {
    const cases = [
      'The H1 results.', 'The G20 summit.', 'During COVID-19 it fell.', 'An F-16 crashed.', 'See ¶7.', 'See § 3.',
      'See section 1.2 below.', 'Version 1.2.3 shipped.', 'At 10:30 they met.', 'She came 2nd.', 'In the 1990s it grew.',
      'Call +92 51 9204423 now.', 'Call 051-920-4423 now.', 'A 2.5m wall.', 'It was 2.5m high.', 'See Table 4.',
      'Use MP3 files.', 'The 3rd battalion.', 'It was v2 of it.', 'Item No. 5 said so.',
    ];
    for (const text of cases) {
      it(`reads nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(writtenOf(text), []));
    }
  });

  describe('offsets', () => {
    it('maps a figure through an escape', () => {
      const source = 'over 1\\,612 deaths';
      const [c] = readClaims(fromSource(source));
      assert.equal(c!.written, '1,612');
      assert.equal(source.slice(c!.start, c!.end), '1\\,612');
      assert.equal(source.slice(c!.phraseStart, c!.phraseEnd), 'over 1\\,612');
    });
    it('maps a figure inside emphasis', () => {
      const source = 'a toll of **1,612** deaths';
      const [c] = readClaims(fromSource(source, 100));
      assert.equal(source.slice(c!.start - 100, c!.end - 100), '1,612');
    });
    it('maps a hedge across emphasis', () => {
      const source = '**more than** 1,600 deaths';
      const [c] = readClaims(fromSource(source));
      assert.equal(source.slice(c!.phraseStart, c!.phraseEnd), 'more than** 1,600');
    });
    it('maps a date through an escape', () => {
      const source = 'On Dec\\. 24, 2024 they struck.';
      const [c] = readClaims(fromSource(source));
      assert.equal(source.slice(c!.start, c!.end), 'Dec\\. 24, 2024');
    });
    it('maps figures to source offsets through parseProse', () => {
      const source = '# Toll\n\nWith *over* 1\\,612 deaths in **444** attacks on Dec\\. 24, 2024.\n';
      const claims = readClaims(parseProse(source));
      assert.deepEqual(claims.map((c) => source.slice(c.start, c.end)), ['1\\,612', '444', 'Dec\\. 24, 2024']);
      assert.equal(source.slice(claims[0]!.phraseStart, claims[0]!.phraseEnd), 'over* 1\\,612');
    });
    it('gives block-relative text ranges and source offsets', () => {
      const claims = read('No figures.', 'Over 1,612 died in 444 attacks.');
      assert.deepEqual(claims.map((c) => [c.block, c.textStart, c.textEnd, c.start, c.end]), [
        [1, 5, 10, 18, 23],
        [1, 19, 22, 32, 35],
      ]);
    });
    it('lists claims in document order', () => {
      assert.deepEqual(writtenOf('On December 28, 444 attacks; in 2024, 95% and over 1,612.'), ['December 28', '444', '2024', '95%', '1,612']);
    });
  });

  describe('sentences', () => {
    it('does not end a sentence at "Dec."', () => assert.equal(read('In 2024 it was Dec. 28 when they struck.')[1]!.date?.year, 2024));
    it('does not end a sentence at "U.S."', () => {
      const c = read('According to U.S. officials, 444 attacks took place.')[0]!;
      assert.equal(attributionOf(c), 'U.S. officials');
    });
    it('ends a sentence at a full stop before a capital', () => {
      assert.equal(attributionOf(read('According to CRSS. It was 444.')[0]!), undefined);
    });
    it('keeps a decimal inside its sentence', () => assert.equal(only('Some 1.6k died.').hedge, 'about'));
  });

  it('reads the source article figures', () => {
    const text = 'With over 1,612 fatalities in 444 terrorist attacks, crucial projects were impacted. Balochistan and KP have experienced a total of 95% terrorist attacks.';
    assert.deepEqual(read(text).map((c) => [c.written, c.kind, c.hedge]), [
      ['1,612', 'count', 'over'], ['444', 'count', 'none'], ['95%', 'percent', 'none'],
    ]);
  });
});
