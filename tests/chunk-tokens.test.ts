/**
 * Chunks sized in the model's tokens (prefix and special tokens included) when there is a model,
 * in words without one; truncation by the model is counted, never silent.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../src/embed/types.ts';
import { buildIndex } from '../src/index/build.ts';
import { chunkOptionsFor } from '../src/index/chunking.ts';
import { chunkArticle, DEFAULT_TOKEN_BUDGET } from '../src/ingest/chunk.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { testEmbedder } from './helpers/test-embedder.ts';

const SEEDS = resolve('seeds');
const tmp = mkdtempSync(join(tmpdir(), 'chunk-tokens-'));
let embedder: Embedder;
const tokens = (text: string) => embedder.countTokens!(text, 'passage');

const seeds = readdirSync(SEEDS).map((f) =>
  parseArticle(readFileSync(join(SEEDS, f), 'utf8'), { docId: f.replace('.txt', ''), source: f }),
);

/** Chunk texts of the live generation of an index, from its SQLite file. */
function storedChunks(indexDir: string): string[] {
  const gen = readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim();
  const db = new Database(join(indexDir, gen, 'index.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT text FROM chunks ORDER BY id').all() as { text: string }[]).map((r) => r.text);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  embedder = await testEmbedder(tmp, [SEEDS], 64, 'unigram');
});

afterAll(async () => {
  await embedder?.close?.();
  rmSync(tmp, { recursive: true, force: true });
});

describe('token-sized chunks', () => {
  it('keep every seed chunk within the cap, prefix included, as exact body slices', () => {
    const options = chunkOptionsFor(embedder);
    expect(options.tokens).toMatchObject(DEFAULT_TOKEN_BUDGET);
    const sizes: number[] = [];
    for (const a of seeds) {
      const chunks = chunkArticle(a, options);
      for (const c of chunks) {
        expect(c.text).toBe(a.body.slice(c.start, c.end));
        sizes.push(tokens(c.text));
      }
    }
    // Filled towards the target: a chunk closes early only when the next sentence would pass the cap.
    const sorted = [...sizes].sort((a, b) => a - b);
    expect(sorted[sorted.length >> 1]).toBeGreaterThanOrEqual(DEFAULT_TOKEN_BUDGET.min);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(DEFAULT_TOKEN_BUDGET.max);
  });

  it('split what a word count lets through: 200 words of codes and figures the tokenizer cuts into pieces', () => {
    const body = `${Array.from({ length: 200 }, (_, i) => `QĐ-${1000 + i}/UBND`).join(' ')}.`;
    const [wordSized, ...rest] = chunkArticle({ docId: 'codes', body });
    expect(rest).toEqual([]);
    expect(tokens(wordSized!.text)).toBeGreaterThan(2 * DEFAULT_TOKEN_BUDGET.max);
    const tokenSized = chunkArticle({ docId: 'codes', body }, chunkOptionsFor(embedder));
    expect(tokenSized.length).toBeGreaterThan(2);
    for (const c of tokenSized) expect(tokens(c.text)).toBeLessThanOrEqual(DEFAULT_TOKEN_BUDGET.max);
  });

  it('cuts a sentence longer than the cap at word boundaries into pieces under it', () => {
    const body = Array.from({ length: 900 }, (_, i) => `Đảng bộ xã ${i}`).join(' ');
    const chunks = chunkArticle({ docId: 'long', body }, chunkOptionsFor(embedder));
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.text).toBe(body.slice(c.start, c.end));
      expect(tokens(c.text)).toBeLessThanOrEqual(DEFAULT_TOKEN_BUDGET.max);
    }
  });
});

describe('builds', () => {
  it('size chunks in tokens with a model, in words keyword-only', async () => {
    const withModel = join(tmp, 'index-model');
    const report = await buildIndex({ sourceDir: SEEDS, indexDir: withModel, embedder });
    expect(report.truncated).toBe(0);
    const texts = storedChunks(withModel);
    expect(Math.max(...texts.map(tokens))).toBeLessThanOrEqual(DEFAULT_TOKEN_BUDGET.max);

    const keywordOnly = join(tmp, 'index-keyword');
    await buildIndex({ sourceDir: SEEDS, indexDir: keywordOnly, embedder: null });
    const expected = new Set(seeds.flatMap((a) => chunkArticle(a).map((c) => c.text)));
    expect(new Set(storedChunks(keywordOnly))).toEqual(expected);
  });

  it('count and report a chunk the model must truncate (one "word" longer than its limit)', async () => {
    const source = join(tmp, 'long-word');
    cpSync(SEEDS, source, { recursive: true });
    const word = 'x'.repeat(3000);
    writeFileSync(
      join(source, 'long.txt'),
      `Một bài rất dài\n\nNgày 02 tháng 04 năm 2021\n\nHội nghị giao ban quý I năm 2021 có mã ${word} trong biên bản.\n`,
    );
    const report = await buildIndex({ sourceDir: source, indexDir: join(tmp, 'index-long'), embedder });
    expect(report.truncated).toBe(1);
  });
});
