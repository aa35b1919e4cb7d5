import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon.js';

const terms = (scan: { matches: readonly { term: string }[] }): string[] => scan.matches.map((match) => match.term);

describe('compileLexicon', () => {
  it('prefers the longest phrase, then the word, then the longest stem', () => {
    const lexicon = compileLexicon({ negative: { moderate: ['not as described', 'disappoint*', 'dis*'] }, positive: { moderate: ['as described'] } }, { segmented: true });
    expect(terms(lexicon.scan('Not as described, disappointing'))).toEqual(['not as described', 'disappoint*']);
    expect(terms(lexicon.scan('exactly as described'))).toEqual(['as described']);
  });

  it('ignores case and accents, reads elongated words and tokenizes entries like text', () => {
    const lexicon = compileLexicon({ negative: { strong: ['pésimo', 'see-through'] }, positive: { moderate: ['good'] } }, { segmented: true });
    expect(terms(lexicon.scan('PESIMO servicio'))).toEqual(['pesimo']);
    expect(terms(lexicon.scan('sooo goooood'))).toEqual(['good']);
    expect(terms(lexicon.scan('it is see through'))).toEqual(['see through']);
  });

  it('splits French elisions and reads German umlauts as ae/oe/ue', () => {
    const french = compileLexicon({ negators: ['ne'], complaintWhenNegated: ['achetez'] }, { segmented: true, elision: true });
    expect(terms(french.scan("n'achetez pas"))).toEqual(['ne', 'achetez']);
    const german = compileLexicon({ positive: { moderate: ['schön'] } }, { segmented: true, umlauts: true });
    expect(terms(german.scan('sehr schön, schoen, schon'))).toEqual(['schoen', 'schoen']);
  });

  it('matches substrings longest first in scripts without spaces, so a longer entry shadows a shorter one', () => {
    const thai = compileLexicon({ positive: { moderate: ['ดี'] }, neutral: ['สวัสดี'] }, { segmented: false, spaceBreaks: true });
    expect(terms(thai.scan('สวัสดีค่ะ ของดี'))).toEqual(['สวัสดี', 'ดี']);
  });

  it('reads Latin words inside ja/zh/th text with its fallback lexicon', () => {
    const english = compileLexicon({ negative: { moderate: ['disappointed'] } }, { segmented: true });
    const chinese = compileLexicon({ positive: { moderate: ['好'] } }, { segmented: false, fallback: english });
    expect(terms(chinese.scan('音箱很好 but so disappointed'))).toEqual(['好', 'disappointed']);
  });

  it('finds clause breaks and questions', () => {
    const lexicon = compileLexicon({ positive: { moderate: ['good', 'recommend'] } }, { segmented: true });
    const scan = lexicon.scan('It is good. What do you recommend?');
    const [good, recommend] = scan.matches;
    expect(scan.hasBreak(good!.end, recommend!.start)).toBe(true);
    expect(scan.inQuestion(good!.start)).toBe(false);
    expect(scan.inQuestion(recommend!.start)).toBe(true);
  });

  it('marks phrases that carry their own negation', () => {
    const lexicon = compileLexicon({ negators: ['pas'], negative: { moderate: ['pas normal'] } }, { segmented: true });
    expect(lexicon.scan('pas normal').matches[0]?.roles.selfNegated).toBe(true);
  });
});
