/**
 * The third frozen chat set (tests/fixtures/chat-3.jsonl, issue "Answers that hold beyond the
 * examples"): 32 facts of 17 articles (dev corpus 200–228, robustness corpus 300–302), each asked
 * formal and in two chat styles chat-2 does not cover — `teen` (teen-code: dc, bn, bnh, bnhieu, ng,
 * vs, ns, ko, ak; words in an unusual order, "chu tri la ai vay hn giao ban …") and `typo` (one
 * slip per question: a dropped or doubled letter, a wrong tone mark; words run together "baoyen",
 * "lagi", "toantrinh"; half-accented or mixed case "Huyện uy", "Thị uy Ngã năm"; clipped names
 * "h.Bao Yen", "tx"; "bao nhiu") — and 8 unanswerable near-miss groups (period or year not covered,
 * a measure not stated, a place absent) in the same three styles. Written and committed before the
 * mechanisms it measures; odd groups are the dev half they were tuned on, even groups the held-out
 * half. The floors are the measurements.
 */
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../src/query/chat.ts';
import { editOne, mendSlips, wellSpelt } from '../src/query/slips.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';
import { scorePhrasings, scoreVariants, type VariantQuestion } from './helpers/phrasings.ts';
import { vocabulary } from './helpers/vocabulary.ts';

const present = devCorpusPresent('chat-3.test', 'the third chat phrasing set');

/** A line of the set: its chat variant (teen-code or one slip) and its half. */
type ChatQuestion = VariantQuestion<'formal' | 'teen' | 'typo'>;

/**
 * Measured 2026-12-03 (keyword-only, this test). On main 382d38f before: dev half formal 20, teen 19,
 * typo 15 of 20, 14/20 groups all correct; held-out half formal 19, teen 15, typo 12 of 20, 10/20
 * all correct; 5 answerable questions answered wrongly. After the slips (slips.ts) and the clipped
 * unit types (chat.ts): dev formal 20, teen 19, typo 19, 18 all correct; held-out formal 19, teen 15,
 * typo 15, 12 all correct; 4 answered wrongly. Eleventh session (gb, xd, 'hu' opening the
 * question; a steering board's purpose asked short): dev 20, 20, 20, all 20; held-out unchanged.
 */
const FLOORS = {
  dev: { formal: 20, teen: 20, typo: 20, allCorrect: 20 },
  held: { formal: 19, teen: 15, typo: 15, allCorrect: 12 },
} as const;
const ANSWERED_WRONG = 4;

describe.skipIf(!present)('third frozen chat phrasing set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'chat-3', extra: ['eval/robustness/corpus'] });

  it('formal, teen-code and slipped chat at their floors in each half; no more wrong answers', async () => {
    const questions = readJsonLines<ChatQuestion>('tests/fixtures/chat-3.jsonl');
    expect(questions).toHaveLength(120);
    const scores = await scoreVariants(engine(), questions, ['formal', 'teen', 'typo'] as const);
    for (const half of ['dev', 'held'] as const) {
      const { variant, groups, allCorrect } = scores[half];
      console.info(
        `chat-3.test ${half}: formal ${variant.formal}, teen ${variant.teen}, typo ${variant.typo} of ${groups}; all three correct in ${allCorrect}`,
      );
      expect(groups).toBe(20);
      expect(variant.formal).toBeGreaterThanOrEqual(FLOORS[half].formal);
      expect(variant.teen).toBeGreaterThanOrEqual(FLOORS[half].teen);
      expect(variant.typo).toBeGreaterThanOrEqual(FLOORS[half].typo);
      expect(allCorrect).toBeGreaterThanOrEqual(FLOORS[half].allCorrect);
    }
    // The shared scorer too: wrong answers to answerable questions (formal and both chat variants).
    const { wrong } = await scorePhrasings(engine(), questions);
    console.info(`chat-3.test: answerable questions answered wrongly ${wrong}`);
    expect(wrong).toBeLessThanOrEqual(ANSWERED_WRONG);
  }, 600_000);
});

// Article-like text written for these tests: districts of no evaluation set, made-up figures.
const TEXTS = [
  'Huyện ủy Lạc Thủy tổ chức hội nghị giao ban quý I năm 2022. Hội nghị giao ban do Bí thư chủ trì.',
  'Năm 2022 huyện Lạc Thủy xuống giống 4.200 ha lúa; hội nghị giao ban đánh giá xuống giống vụ mùa.',
  'Giao ban quý II: sản lượng lúa đạt 21.000 tấn, sản lượng ngô tăng; xuống giống đúng lịch.',
  'Sản lượng thủy sản của Lạc Thủy tăng; hội nghị giao ban tổng kết sản lượng cả năm.',
  'Hội nghị giao ban của Huyện ủy Lạc Thủy bàn về công nghệ số; tổ công nghệ số cộng đồng ra mắt.',
  'Công nghệ số được ứng dụng; công nghệ cao trong nông nghiệp; giao ban công nghệ mỗi quý.',
  'Bàn giao bản đồ, giao bài, ban hành kế hoạch; hội nghị giao ban lần hai.',
];

describe('slips read from the index vocabulary (src/query/slips.ts)', () => {
  const vocab = vocabulary(TEXTS);

  it('counts one insertion, deletion, substitution or swap as one edit', () => {
    expect(editOne('bann', 'ban')).toBe(true);
    expect(editOne('giog', 'giong')).toBe(true);
    expect(editOne('hao', 'hoa')).toBe(true);
    expect(editOne('ban', 'ban')).toBe(false);
    expect(editOne('bann', 'bo')).toBe(false);
  });

  it('tells Vietnamese spelling from slips and words run together', () => {
    for (const ok of ['nghieng', 'khuyen', 'thuong', 'hom', 'nhiu', 'gi', 'quy', 'oai'])
      expect(wellSpelt(ok)).toBe(true);
    for (const bad of ['bann', 'giog', 'luog', 'moii', 'docc', 'lagi', 'baoyen'])
      expect(wellSpelt(bad)).toBe(false);
  });

  it('mends a doubled, dropped or wrong letter only beside a neighbour the index writes it with', () => {
    expect(mendSlips('lac thuy giao bann quy 1 2022 ai chu tri', vocab)).toBe(
      'lac thuy giao ban quy 1 2022 ai chu tri',
    );
    expect(mendSlips('lac thuy xuong giog bao nhieu ha lua', vocab)).toBe(
      'lac thuy xuong giong bao nhieu ha lua',
    );
    expect(mendSlips('san luog lua lac thuy', vocab)).toBe('san luong lua lac thuy');
    // No neighbour vouches for a reading: left as typed.
    expect(mendSlips('lac thuy bann 2022', vocab)).toBe('lac thuy bann 2022');
    // Well spelt (a word the articles may lack): never read as another.
    expect(mendSlips('lac thuy giao bam quy 1', vocab)).toBe('lac thuy giao bam quy 1');
  });

  it('splits words run together where the index writes the two syllables side by side', () => {
    expect(mendSlips('huyen lacthuy giao ban quy 1', vocab)).toBe('huyen lac thuy giao ban quy 1');
    expect(mendSlips('huyen lacthuy giao ban', { get: vocab.get })).toBe('huyen lacthuy giao ban'); // no vocabulary
  });

  it('reads a tone mark the index never writes by its learned spelling, or bare in a bare question', () => {
    expect(mendSlips('Tổ công nghẹ số của Huyện ủy', vocab)).toBe('Tổ công nghệ số của Huyện ủy');
    expect(mendSlips('to cong nghẹ so lac thuy', vocab)).toBe('to cong nghe so lac thuy');
  });

  it('leaves English, capitalised names and acronyms alone', () => {
    const en = 'How many hectares of rice did Lac Thuy district sow in 2022?';
    expect(mendSlips(en, vocab)).toBe(en);
    expect(mendSlips('huyen Lacthuy giao ban', vocab)).toBe('huyen Lacthuy giao ban');
    expect(mendSlips('UBNDD lac thuy giao ban', vocab)).toBe('UBNDD lac thuy giao ban');
  });

  it('spells out a unit type clipped before a place name', () => {
    expect(expandShorthand('ty le ho ngheo h. minh hoa 2021', 'vi')).toBe(
      'ty le ho ngheo huyen minh hoa 2021',
    );
    expect(expandShorthand('ai chủ trì giao ban h.Bao Yen', 'vi')).toBe('ai chủ trì giao ban huyện Bao Yen');
    expect(expandShorthand('hop luc 8 h sang', 'vi')).toBe('hop luc 8 h sang');
    expect(expandShorthand('xe bi hu nang', 'vi')).toBe('xe bi hu nang');
    expect(expandShorthand('lagi co bao nhiu tau ca', 'vi')).toBe('lagi co bao nhieu tau ca');
  });
});
