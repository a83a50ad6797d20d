import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  learnCollocations,
  MIN_PMI,
  REFRESH_SHARE,
  readCollocations,
  refreshCollocations,
} from '../src/index/collocations.ts';
import { openDb } from '../src/index/db.ts';
import { parseQuestion } from '../src/query/parse.ts';

// Made-up text: "lúa mùa" and "vịt trời" always together; "vịt" and "lúa" side by side twice only
// (chance); every text has its own filler syllables, so the counts are those of a real corpus.
const filler = (i: number, k: number): string =>
  `q${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7 + k) % 26))}${'abcdefgh'[k]}`;
const fill = (i: number, from: number, n: number): string =>
  Array.from({ length: n }, (_, k) => filler(i, from + k)).join(' ');
const TEXTS = [
  ...Array.from(
    { length: 40 },
    (_, i) =>
      `${fill(i, 0, 4)} gieo lúa mùa năm ${2000 + i}, ${fill(i, 4, 2)} chăm vịt trời ${fill(i, 6, 2)}.`,
  ),
  'vịt lúa',
  'vịt lúa',
];

describe('learnCollocations', () => {
  it('keeps pairs that occur together far above chance, folded', () => {
    const found = learnCollocations(TEXTS);
    expect(found.get('lua mua')?.n).toBe(40);
    expect(found.get('vit troi')?.n).toBe(40);
    expect(found.get('lua mua')!.pmi).toBeGreaterThanOrEqual(MIN_PMI);
  });

  it('drops chance neighbours, pairs across punctuation and pairs with digits', () => {
    const all = learnCollocations(TEXTS, 1, -100);
    const found = learnCollocations(TEXTS);
    expect(all.get('vit lua')?.n).toBe(2);
    expect(found.has('vit lua')).toBe(false);
    // "năm 2000," never pairs with what follows the comma, and digits form no pair.
    expect([...all.keys()].some((k) => /\d/.test(k))).toBe(false);
    expect([...all.keys()].some((k) => k.startsWith('nam '))).toBe(false);
    // A pair seen once is never kept, whatever its PMI.
    expect(learnCollocations(['một cặp hiếm'], 2, -100).size).toBe(0);
  });
});

describe('refreshCollocations', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('stores the pairs, and recounts only past the change share', () => {
    dir = mkdtempSync(join(tmpdir(), 'colloc-'));
    const db = openDb(join(dir, 'index.sqlite'));
    try {
      const ins = db.prepare(
        "INSERT INTO chunks (id, body_hash, ord, start, end, text) VALUES (?, 'h', ?, 0, 0, ?)",
      );
      TEXTS.forEach((t, i) => {
        ins.run(i + 1, i, t);
      });
      expect(refreshCollocations(db, TEXTS.length).recounted).toBe(true);
      expect(readCollocations(db).has('lua mua')).toBe(true);
      // Changes up to the share keep the table (and add up); the one that passes it recounts.
      const within = Math.floor(REFRESH_SHARE * TEXTS.length);
      expect(within).toBe(4);
      db.prepare('DELETE FROM chunks').run();
      expect(refreshCollocations(db, within - 1).recounted).toBe(false);
      expect(refreshCollocations(db, 1).recounted).toBe(false);
      expect(readCollocations(db).has('lua mua')).toBe(true);
      expect(refreshCollocations(db, 1).recounted).toBe(true);
      expect(readCollocations(db).size).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('parseQuestion with collocations', () => {
  const learned = new Set(['vit troi']);

  it('makes a run of learned pairs one phrase, with or without diacritics', () => {
    const q = 'Xã Tân Lập thả vịt trời khi nào?';
    expect(parseQuestion(q, { collocations: learned }).phrases).toContainEqual(['vịt', 'trời']);
    expect(parseQuestion(q).phrases).not.toContainEqual(['vịt', 'trời']);
    expect(
      parseQuestion('xa tan lap tha vit troi khi nao', { collocations: learned }).phrases,
    ).toContainEqual(['vit', 'troi']);
    // Runs chain: two overlapping pairs make a three-syllable phrase.
    const chained = parseQuestion('Xã Tân Lập thả vịt trời xanh khi nào?', {
      collocations: new Set([...learned, 'troi xanh']),
    });
    expect(chained.phrases).toContainEqual(['vịt', 'trời', 'xanh']);
  });

  it('bounds the asked unit by a learned word', () => {
    const q = 'Có bao nhiêu vịt trời thả ra đồng năm 2023?';
    expect(parseQuestion(q).unitPhrases).toEqual(['vịt trời thả']);
    expect(parseQuestion(q, { collocations: learned }).unitPhrases).toEqual(['vịt trời']);
  });

  it('joins no two function words', () => {
    const q = 'Một số kết quả nổi bật là gì?';
    expect(parseQuestion(q, { collocations: new Set(['mot so']) }).phrases).not.toContainEqual(['một', 'số']);
  });
});
