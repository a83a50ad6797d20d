import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Chunk, chunkArticle } from '../src/ingest/chunk.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { splitSentences } from '../src/text/sentences.ts';

const root = resolve(import.meta.dirname, '..');
const words = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** Every non-space character of the body lies in some chunk, and chunks advance in order. */
function expectCoverage(body: string, chunks: Chunk[]): void {
  const covered = new Uint8Array(body.length);
  let prevStart = -1;
  let prevEnd = 0;
  chunks.forEach((c, i) => {
    expect(c.ord).toBe(i);
    expect(c.text).toBe(body.slice(c.start, c.end));
    expect(c.start).toBeGreaterThan(prevStart);
    expect(c.end).toBeGreaterThan(prevEnd);
    prevStart = c.start;
    prevEnd = c.end;
    covered.fill(1, c.start, c.end);
  });
  for (let i = 0; i < body.length; i++) if (!/\s/.test(body[i]!)) expect(covered[i], `char ${i}`).toBe(1);
}

describe('chunkArticle on the seeds', () => {
  const seeds = readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) =>
      parseArticle(readFileSync(join(root, 'seeds', f), 'utf8'), { docId: f.replace('.txt', ''), source: f }),
    );

  it('chunks are exact body slices of 120–250 words, covering the body, sharing one sentence', () => {
    for (const a of seeds) {
      const chunks = chunkArticle(a);
      expect(chunks.length).toBeGreaterThan(1);
      expectCoverage(a.body, chunks);
      for (const c of chunks) {
        expect(c.docId).toBe(a.docId);
        expect(words(c.text)).toBeLessThanOrEqual(250);
      }
      // All but possibly the last reach the minimum.
      for (const c of chunks.slice(0, -1)) expect(words(c.text)).toBeGreaterThanOrEqual(100);
      const spans = splitSentences(a.body);
      for (let i = 1; i < chunks.length; i++) {
        const prev = chunks[i - 1]!;
        const cur = chunks[i]!;
        const lastOfPrev = spans.find((s) => s.end === prev.end)!;
        if (cur.start < prev.end) {
          // One shared sentence: the next chunk starts with the previous chunk's last sentence.
          expect(cur.start).toBe(lastOfPrev.start);
        } else {
          // No overlap only when that sentence and the next one would not fit together.
          const next = spans.find((s) => s.start === cur.start)!;
          const both =
            words(a.body.slice(lastOfPrev.start, lastOfPrev.end)) + words(a.body.slice(next.start, next.end));
          expect(both).toBeGreaterThan(250);
        }
      }
    }
  });

  it('a short article is one chunk, an empty body none', () => {
    const body = 'Ngày 3/4/2024, Huyện ủy tổ chức hội nghị. Đồng chí A chủ trì.';
    expect(chunkArticle({ docId: 'd', body })).toEqual([
      { docId: 'd', ord: 0, start: 0, end: body.length, text: body },
    ]);
    expect(chunkArticle({ docId: 'd', body: '' })).toEqual([]);
  });

  it('a sentence longer than maxWords is cut at word boundaries', () => {
    const body = Array.from({ length: 600 }, (_, i) => `từ${i}`).join(' ');
    const chunks = chunkArticle(
      { docId: 'd', body },
      { maxWords: 250, targetWords: 180, overlapSentences: 1 },
    );
    expectCoverage(body, chunks);
    for (const c of chunks) {
      expect(words(c.text)).toBeLessThanOrEqual(250);
      expect(c.text).toMatch(/^từ\d+(?: từ\d+)*$/);
    }
  });

  it('rejects impossible options with the bad value', () => {
    expect(() => chunkArticle({ docId: 'd', body: 'x' }, { maxWords: 0 })).toThrow(
      'chunk: maxWords=0 must be a positive integer',
    );
    expect(() => chunkArticle({ docId: 'd', body: 'x' }, { targetWords: 300 })).toThrow(
      'chunk: targetWords=300 must be between 1 and maxWords (250)',
    );
    expect(() => chunkArticle({ docId: 'd', body: 'x' }, { overlapSentences: -1 })).toThrow(
      'chunk: overlapSentences=-1 must be an integer ≥ 0',
    );
  });
});

describe('chunkArticle properties', () => {
  const token = fc.oneof(
    fc.constantFrom('Huyện', 'ủy', 'đảng', 'viên', '1.300', '98,8%', 'TP.', 'v.v.', 'quý', 'I/2021'),
    fc.constantFrom('.', '!', '?', '…', ',', '\n', '\n\n', ' ', '  ', '\t'),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  const text = fc.array(token, { maxLength: 400 }).map((ts) => ts.join(' '));
  const options = fc
    .record({ maxWords: fc.integer({ min: 1, max: 60 }), overlapSentences: fc.integer({ min: 0, max: 3 }) })
    .chain(({ maxWords, overlapSentences }) =>
      fc.record({
        maxWords: fc.constant(maxWords),
        overlapSentences: fc.constant(overlapSentences),
        targetWords: fc.integer({ min: 1, max: maxWords }),
        minWords: fc.integer({ min: 0, max: maxWords }),
      }),
    );

  it('for arbitrary text: exact slices, full ordered coverage, never over maxWords', () => {
    fc.assert(
      fc.property(text, options, (body, opts) => {
        const chunks = chunkArticle({ docId: 'p', body }, opts);
        expectCoverage(body, chunks);
        for (const c of chunks) expect(words(c.text)).toBeLessThanOrEqual(opts.maxWords);
        if (body.trim() === '') expect(chunks).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('with default options on long text, chunks stay within 1–250 words', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 200, maxLength: 2000 }), (ts) => {
        const body = ts.join(' ');
        const chunks = chunkArticle({ docId: 'p', body });
        expectCoverage(body, chunks);
        for (const c of chunks) expect(words(c.text)).toBeLessThanOrEqual(250);
      }),
      { numRuns: 50 },
    );
  });
});
