/**
 * Hostile input, invariants (property tests), the English glossary and speed of `parseQuestion`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, GLOSSARY, translatePhrase } from '../src/query/glossary.ts';
import { DEFAULT_MAX_CHARS, type ParsedQuestion, parseQuestion } from '../src/query/parse.ts';
import { fold, syllables } from '../src/text/normalize.ts';

const SAFE = /^[\p{L}\p{N}]+$/u;

function assertWellFormed(p: ParsedQuestion, max = DEFAULT_MAX_CHARS): void {
  expect(p.text.length).toBeLessThanOrEqual(max);
  for (const t of p.terms) expect(t).toMatch(SAFE);
  for (const ph of p.phrases) {
    expect(ph.length).toBeGreaterThan(1);
    for (const w of ph) expect(w).toMatch(SAFE);
  }
  expect(p.asks.size).toBeGreaterThan(0);
  for (const d of p.time.dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  for (const per of p.time.periods) expect(per).toMatch(/^(?:\d{4}-)?(?:Q[1-4]|H[12]|9M)$|^\d{4}$/);
  for (const m of p.time.months) expect(m.month >= 1 && m.month <= 12).toBe(true);
}

describe('hostile input', () => {
  const inputs = [
    '',
    '   \n\t ',
    'a',
    '?',
    '🙂🎉🙂',
    "'; DROP TABLE x; --",
    '") OR 1=1 --',
    'NEAR(a b) AND * "',
    'text : (giao OR ban) NOT "chủ trì"*',
    '<b>Ai</b> chủ trì <script>alert(1)</script> hội nghị?',
    '**Ai** chủ trì _hội nghị_ [giao ban](http://example.com)?',
    '会议由谁主持？',
    'من ترأس الاجتماع؟',
    '\u0000\u0001\u0007\uD800',
    'ā̀̀̀̀ b̂̂̂ ',
    'İSTANBUL İİİ',
    '1/1/1 99/99/9999 0 tháng 0 lần thứ 0 quý 0/0',
  ];
  it.each(inputs.map((s) => [JSON.stringify(s).slice(0, 40), s]))('%s', (_label, s) => {
    const p = parseQuestion(s);
    assertWellFormed(p);
    expect(p.raw).toBe(s);
  });

  it('empty and blank questions give an empty, well-formed parse', () => {
    for (const s of ['', '   ', '🙂']) {
      const p = parseQuestion(s);
      expect(p.terms).toEqual([]);
      expect(p.entities).toEqual([]);
      expect(p.lang).toBe('vi');
      expect(p.folded).toBe(false);
      expect([...p.asks]).toEqual(['what']);
    }
  });

  it('search terms never carry query syntax', () => {
    const p = parseQuestion('") OR 1=1 -- NEAR(ai chủ trì) AND * "giao ban"');
    expect(p.terms.join(' ')).not.toMatch(/["()*=\-:]/);
  });

  it('still understands a question wrapped in HTML or Markdown', () => {
    const p = parseQuestion('<p><b>Ai</b> chủ trì giao ban quý I/2022 của Huyện ủy Kỳ Sơn?</p>');
    expect(p.asks.has('who')).toBe(true);
    expect(p.time.periods).toEqual(['2022-Q1']);
    expect(p.entities).toEqual(['Kỳ Sơn']);
  });

  it('truncates a 20,000-character question to maxChars and says so', () => {
    const long = 'Ai chủ trì giao ban quý I/2022 ở Kỳ Sơn? '.repeat(500);
    expect(long.length).toBeGreaterThan(20_000);
    const p = parseQuestion(long);
    expect(p.truncated).toBe(true);
    expect(p.text.length).toBeLessThanOrEqual(2000);
    expect(p.asks.has('who')).toBe(true);
    const short = parseQuestion(long, { maxChars: 50 });
    expect(short.text.length).toBeLessThanOrEqual(50);
    expect(short.truncated).toBe(true);
    assertWellFormed(short, 50);
  });

  it('does not cut a surrogate pair in half', () => {
    const p = parseQuestion(`${'a'.repeat(9)}🙂🙂`, { maxChars: 10 });
    expect(p.text).toBe('a'.repeat(9));
  });

  it('is not truncated at exactly maxChars', () => {
    expect(parseQuestion('x'.repeat(2000)).truncated).toBe(false);
    expect(parseQuestion('x'.repeat(2001)).truncated).toBe(true);
  });

  it('rejects an invalid maxChars with the remedy', () => {
    expect(() => parseQuestion('Ai?', { maxChars: 0 })).toThrow(
      'query: maxChars must be a positive integer, got 0',
    );
    expect(() => parseQuestion('Ai?', { maxChars: 1.5 })).toThrow(
      'query: maxChars must be a positive integer',
    );
  });

  it('treats a non-string question as empty instead of throwing', () => {
    const p = parseQuestion(undefined as unknown as string);
    expect(p.text).toBe('');
    expect(p.terms).toEqual([]);
  });
});

// Fragments that exercise every analyser, glued at random: question words, periods, names,
// numbers, punctuation and syntax characters.
const FRAGMENTS = [
  'Ai',
  'ai',
  'chủ trì',
  'chu tri',
  'hội nghị',
  'giao ban',
  'quý',
  'III/2020',
  'quy I nam 2021',
  '6 tháng đầu năm',
  '9 tháng',
  '2022',
  'tổng kết năm',
  'lần thứ',
  'hai mươi tư',
  'Ban Chỉ đạo 35',
  'Huyện ủy',
  'Kỳ Sơn',
  'Mai Châu',
  'bao nhiêu',
  'mấy',
  'đảng viên mới',
  'những',
  'nào',
  'gì',
  'ở đâu',
  'khi nào',
  'mới nhất',
  'Who',
  'How many',
  'party members',
  'Q1',
  'the',
  'of',
  '17/3/2021',
  'tháng 13/2022',
  '11.264',
  '97,5%',
  '"',
  '(',
  ')',
  '*',
  ':',
  '-',
  ',',
  '?',
  '\n',
  '🙂',
  '会议',
];
const fragmentQuestion = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((xs) => xs.join(' '));

describe('properties', () => {
  it('never throws and keeps every invariant, for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })),
        (s) => {
          assertWellFormed(parseQuestion(s));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws and keeps every invariant, for fragment soup', () => {
    fc.assert(
      fc.property(fragmentQuestion, fc.integer({ min: 1, max: 400 }), (s, max) => {
        const p = parseQuestion(s, { maxChars: max });
        assertWellFormed(p, max);
        // Oracle: the same question parsed without a cap. Shorthand is spelt out before the cap
        // applies ("Q1" → "quý 1"), so the cap is measured on the spelt-out text.
        const whole = parseQuestion(s, { maxChars: 100_000 });
        expect(p.truncated).toBe(whole.text.length > max);
        if (!p.truncated) expect(p.text).toBe(whole.text);
      }),
      { numRuns: 400 },
    );
  });

  // Oracle: typing a Vietnamese question without diacritics must not change what it asks.
  const KIND = ['do ai chủ trì', 'diễn ra ngày nào', 'tổ chức ở đâu', 'kết nạp bao nhiêu đảng viên mới'];
  const PERIOD = [
    'quý I năm 2021',
    'quý III/2022',
    '6 tháng đầu năm 2023',
    '9 tháng năm 2020',
    'tổng kết năm 2019',
  ];
  const BODY = ['Huyện ủy', 'Thị ủy', 'Ban Thường vụ Huyện ủy', 'Đảng bộ huyện'];
  const PLACE = ['Kỳ Sơn', 'Mai Châu', 'Lục Yên', 'Văn Chấn', 'Bắc Sơn', 'Trạm Tấu'];
  it('a question typed without diacritics parses like the marked one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KIND),
        fc.constantFrom(...PERIOD),
        fc.constantFrom(...BODY),
        fc.constantFrom(...PLACE),
        fc.boolean(),
        (kind, period, body, place, latest) => {
          const q = `Hội nghị giao ban ${period} của ${body} ${place}${latest ? ' gần đây nhất' : ''} ${kind}?`;
          const marked = parseQuestion(q);
          const bare = parseQuestion(fold(q));
          const bareCased = parseQuestion(
            q.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
          );
          expect(bareCased.folded).toBe(true);
          expect([...bareCased.asks].sort()).toEqual([...marked.asks].sort());
          expect(bareCased.time).toEqual(marked.time);
          expect(bareCased.latest).toBe(marked.latest);
          expect(bareCased.entities.map((e) => fold(e))).toEqual(marked.entities.map((e) => fold(e)));
          expect(bareCased.unitPhrases.map((u) => fold(u))).toEqual(marked.unitPhrases.map((u) => fold(u)));
          // All lower-case, names lose their capitals: the kind and time must still be read.
          expect([...bare.asks].sort()).toEqual([...marked.asks].sort());
          expect(bare.time.periods).toEqual(marked.time.periods);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('glossary', () => {
  it('has a general domain vocabulary of more than 100 entries', () => {
    expect(GLOSSARY.length).toBeGreaterThan(100);
    for (const e of GLOSSARY) {
      expect(e.en.length).toBeGreaterThan(0);
      expect(e.vi.length).toBeGreaterThan(0);
      for (const v of e.vi) expect(syllables(v).join(' ')).toBe(v.toLowerCase().replace(/\s+/g, ' '));
    }
  });

  it.each([
    ['chaired', 'chủ trì'],
    ['briefing', 'giao ban'],
    ['working session', 'làm việc'],
    ['party members', 'đảng viên'],
    ['new party members', 'đảng viên mới'],
    ['steering committee', 'ban chỉ đạo'],
    ['propaganda department', 'ban tuyên giáo'],
    ['inspection committee', 'ủy ban kiểm tra'],
    ['mass mobilization', 'dân vận'],
    ['year-end review', 'tổng kết năm'],
    ['poor households', 'hộ nghèo'],
    ['budget revenue', 'thu ngân sách'],
    ['tourists', 'lượt khách'],
    ['tons', 'tấn'],
    ['percent', 'phần trăm'],
    ['term', 'nhiệm kỳ'],
    ['plenum', 'hội nghị ban chấp hành'],
    ['agencies and enterprises party bloc', 'đảng bộ khối các cơ quan và doanh nghiệp'],
    ['grassroots party organizations', 'tổ chức cơ sở đảng'],
    ['briefings', 'giao ban'],
  ])('%s → %s', (en, vi) => {
    expect(translatePhrase(en)?.[0]).toBe(vi);
  });

  it('prefers the longest phrase and reports matches in text order', () => {
    const found = findGlossaryTerms('how many new party members did the district party committee admit');
    expect(found.map((f) => f.vi[0])).toEqual(['đảng viên mới', 'huyện ủy', 'kết nạp']);
  });

  it('finds every spelling whole, in the plural too, hyphenated or spaced', () => {
    for (const e of GLOSSARY) {
      for (const en of e.en) {
        const texts = [en, `zz ${en.replace(/ /g, '-')} zz`, ...(en.length > 2 ? [`${en}s`] : [])];
        for (const text of texts) {
          const start = text.startsWith('zz ') ? 3 : 0;
          const end = text.endsWith(' zz') ? text.length - 3 : text.length;
          expect(findGlossaryTerms(text).find((f) => f.start === start)?.end, text).toBe(end);
        }
      }
    }
  });

  it('returns null for unknown phrases', () => {
    expect(translatePhrase('spaceship')).toBeNull();
  });
});

describe('speed', () => {
  it('parses a typical question in well under a millisecond', () => {
    const qs = [
      'Hội nghị giao ban quý III/2020 của Huyện ủy Kỳ Sơn do ai chủ trì?',
      'How many new party members did the Mai Châu district Party organization admit in the first half of 2022?',
      'huyen uy Van Chan giao ban quy III nam 2021 do ai chu tri',
      'Lần gần nhất Ban Chỉ đạo 35 tỉnh Yên Bái họp là khi nào, ai chủ trì?',
    ];
    for (const q of qs) parseQuestion(q);
    const n = 400;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) parseQuestion(qs[i % qs.length]!);
    const perQuestion = (performance.now() - t0) / n;
    console.info(`parseQuestion: ${perQuestion.toFixed(3)} ms per question`);
    // Measured about 0.3 ms once; the bound leaves room for a loaded test machine. Raised 2 → 4 ms in
    // the seventh session, back to 2 in the eighth after the parse was made faster (same outputs):
    // this file on 2 shared cores at load ≈ 5, main 382d38f 2.2–2.5 ms here → 1.0–1.2 ms; parse-prof
    // (three rounds of 400, first one cold) mean CPU per question, median of 4 interleaved runs,
    // 2.23 → 1.47 ms (min 1.10). Run alone (`-t speed`, cold JIT) it still took 1.9–3.1 ms at that load.
    expect(perQuestion).toBeLessThan(2);
  });
});
