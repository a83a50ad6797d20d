import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantityOf } from '../src/answer/evidence.ts';
import { enDate, periodLabel, viDate } from '../src/answer/format.ts';
import { Haystack } from '../src/answer/haystack.ts';
import { containsAlternative, percentile, scoreAnswer } from '../src/eval/score.ts';
import { matchExpression } from '../src/index/keyword.ts';
import { capPerGroup, reciprocalRankFusion } from '../src/retrieve/fuse.ts';
import { fold, normalizeText } from '../src/text/normalize.ts';

describe('text normalisation', () => {
  it('puts tone marks in one place and folds đ', () => {
    expect(normalizeText('Thị uỷ, hoà bình, thuỷ lợi, quý')).toBe('Thị ủy, hòa bình, thủy lợi, quý');
    expect(fold('Đảng ủy Hội')).toBe('dang uy hoi');
    expect(fold('hội')).toBe(fold('hỏi'));
  });
});

describe('haystack look-ups', () => {
  const hay = new Haystack('Huyện ủy Bảo Yên có 3.742 đảng viên; Ban Chỉ đạo 35 tỉnh.');
  it('matches whole words, exactly or folded', () => {
    expect(hay.has('Bảo Yên')).toBe(true);
    expect(hay.has('Bao Yen')).toBe(true);
    expect(hay.has('Bảo Yến')).toBe(false);
    expect(hay.has('Ban Chỉ đạo 3')).toBe(false);
    expect(hay.has('Ban Chỉ đạo 35')).toBe(true);
  });
  it('compares numbers without separators', () => {
    expect(hay.has('3742')).toBe(true);
    expect(hay.has('3.742')).toBe(true);
    expect(hay.has('742')).toBe(false);
  });
});

describe('quantities', () => {
  it('finds a number followed by the unit or its head noun', () => {
    expect(quantityOf('kết nạp 96 đảng viên mới', 'đảng viên mới')).toBe(true);
    expect(quantityOf('còn 2,87% (1.126 hộ)', 'hộ nghèo')).toBe(true);
    expect(quantityOf('đạt 97,5%', 'phần trăm')).toBe(true);
    expect(quantityOf('hỗ trợ huyện 5 tỷ đồng', 'tiền')).toBe(true);
    expect(quantityOf('năm 2022 có đại biểu dự', 'đại biểu')).toBe(false);
  });
});

describe('formatting', () => {
  it('writes dates and periods the way readers expect', () => {
    expect(viDate('2020-10-06')).toBe('6/10/2020');
    expect(enDate('2019-08-23')).toBe('23/8/2019 (August 23, 2019)');
    expect(periodLabel('2021-Q1', 'vi')).toBe('quý I năm 2021');
    expect(periodLabel('2022-H1', 'vi')).toBe('6 tháng đầu năm 2022');
    expect(periodLabel('2023-9M', 'vi')).toBe('9 tháng năm 2023');
    expect(periodLabel('2023-Q2', 'en')).toBe('Q2 2023 (quý II năm 2023)');
  });
});

describe('keyword query safety', () => {
  it('quotes every token and refuses anything but letters and digits', () => {
    expect(matchExpression({ column: 'text', terms: ['hội', 'nghị'], phrases: [['giao', 'ban']] })).toBe(
      'text : ("hội" OR "nghị" OR "giao ban")',
    );
    expect(matchExpression({ column: 'folded', terms: ['"', 'a*', 'NEAR'] })).toBe('folded : ("NEAR")');
    expect(matchExpression({ column: 'text', terms: [] })).toBeNull();
  });
});

describe('rank fusion', () => {
  it('rewards agreement between rankings', () => {
    const fused = reciprocalRankFusion([
      [1, 2, 3],
      [3, 1, 4],
    ]);
    const order = [...fused].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order.slice(0, 2)).toEqual([1, 3]);
  });
  it('caps items per group and keeps order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), fc.integer({ min: 1, max: 3 }), (groups, cap) => {
        const items = groups.map((g, i) => ({ g: String(g), i }));
        const out = capPerGroup(items, (x) => x.g, cap);
        const counts = new Map<string, number>();
        for (const x of out) counts.set(x.g, (counts.get(x.g) ?? 0) + 1);
        expect([...counts.values()].every((n) => n <= cap)).toBe(true);
        expect(out.map((x) => x.i)).toEqual([...out.map((x) => x.i)].sort((a, b) => a - b));
      }),
    );
  });
});

describe('evaluation scoring', () => {
  const answer = (text: string, docs: string[], answered = true) => ({
    question: 'q',
    answered,
    answer: text,
    citations: docs.map((docId, i) => ({
      n: i + 1,
      docId,
      title: '',
      published: null,
      source: '',
      quote: 'x',
    })),
    passages: [],
    timings: { retrieveMs: 1, answerMs: 1, totalMs: 2 },
  });
  it('does not match a single-digit day inside a longer date', () => {
    expect(containsAlternative('ngày 16/10/2020', '6/10/2020')).toBe(false);
    expect(containsAlternative('ngày 6/10/2020', '6/10/2020')).toBe(true);
  });
  it('needs every must group and every gold document; none questions need no answer', () => {
    const q = { id: 'x', q: 'Ai?', lang: 'vi', type: 'who', docs: ['a'], must: [['Lê Văn A']] };
    expect(scoreAnswer(q, answer('Lê Văn A [1]', ['a'])).correct).toBe(true);
    expect(scoreAnswer(q, answer('Lê Văn A [1]', ['b'])).correct).toBe(false);
    const none = { ...q, type: 'none', docs: [], must: [] };
    expect(scoreAnswer(none, answer('không tìm thấy', [], false)).correct).toBe(true);
    expect(scoreAnswer(none, answer('Lê Văn A [1]', ['a'])).correct).toBe(false);
  });
  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
  });
});
