import { describe, expect, it } from 'vitest';
import { askedUnit } from '../src/answer/units.ts';
import { expandShorthand } from '../src/query/chat.ts';
import { findGlossaryTerms } from '../src/query/glossary.ts';
import { parseQuestion } from '../src/query/parse.ts';

/** How a figure question is read: its shorthand, the unit and scale it asks in, its English nouns. */
describe('reading the asked figure', () => {
  it('"dv" counts members after "số" and before "mới", and stays itself elsewhere', () => {
    expect(expandShorthand('tong so dv la bn', 'vi')).toBe('tong so dang vien la bao nhieu');
    expect(expandShorthand('ket nap dc may dv moi', 'vi')).toContain('dang vien moi');
    expect(expandShorthand('thuong mai dv tang bn', 'vi')).toContain('thuong mai dv');
  });

  it('"in trillion dong" / "in million USD" ask an amount in that unit; "in Dong Van" does not', () => {
    const trillion = parseQuestion('What was the production value in 2023, in trillion dong?');
    expect(trillion.asks.has('howmany')).toBe(true);
    expect(trillion.unitPhrases[0]).toBe('nghìn tỷ đồng');
    const usd = parseQuestion('What was the import-export turnover in 2023, in million USD?');
    expect(usd.unitPhrases[0]).toBe('triệu USD');
    const place = parseQuestion('What share of households in Dong Van district were poor in 2023?');
    expect(place.unitPhrases).toEqual(['phần trăm']);
  });

  it('a unit in capitals ends the Vietnamese unit phrase, and is the unit asked', () => {
    const q = parseQuestion('Kim ngạch xuất nhập khẩu năm 2023 đạt bao nhiêu triệu USD?');
    expect(q.unitPhrases[0]).toBe('triệu usd');
    expect(askedUnit(q.unitPhrases)).toMatchObject({ unit: 'USD', scale: 1e6 });
  });

  it('an English unit phrase ends at an irregular past verb', () => {
    const q = parseQuestion('How many workers got new jobs in Hai Lang district in 2023?');
    expect(q.unitPhrases[0]).toBe('lao động');
  });

  it('a compound listed in the plural matches its singular before another noun', () => {
    const hits = findGlossaryTerms('what was the near-poor household rate');
    expect(hits.map((h) => h.vi[0])).toEqual(['hộ cận nghèo', 'tỷ lệ']);
    expect(findGlossaryTerms('the news').map((h) => h.en)).not.toContain('new');
  });
});
