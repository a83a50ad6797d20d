/**
 * Ingest losses and the silent downgrade (issue 13, cases 6 and 7): a UTF-8 article with one stray
 * 0xFF byte, an HTML page nested 3,000 levels deep and a file whose name is not valid UTF-8 are all
 * indexed (with a warning), not dropped; `npm run index` with a model that cannot load keeps the
 * index's vectors and model unless --keyword-only (or --rebuild) asks otherwise.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildTestModel } from '../src/embed/test-model.ts';
import type { Embedder } from '../src/embed/types.ts';
import { buildIndex } from '../src/index/build.ts';
import { IndexReader } from '../src/index/open.ts';
import { decodeArticleBytes, htmlDepth } from '../src/ingest/decode.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { listArticleFiles, scanSource } from '../src/ingest/scan.ts';
import { generateCorpus } from '../src/synth/index.ts';
import { checkLiveGeneration } from './helpers/index-state.ts';
import { killAllChildren, projectRoot, runTsx } from './helpers/reliability.ts';

/** The seed about the Q1 2021 meeting chaired by Ngôn Ngọc Khuê. */
const SEED = '000_0c95c87bab80c7cf.txt';
const PROBE = 'Ngôn Ngọc Khuê giao ban Khối Đảng';
let root: string;
let seedText: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'index-ingest-'));
  seedText = readFileSync(path.join(projectRoot, 'seeds', SEED), 'utf8');
});

afterAll(async () => {
  await killAllChildren();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A folder holding exactly the given files (name as bytes or text). */
function folder(name: string, files: [string | Buffer, string | Buffer][]): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  for (const [file, content] of files) {
    const target =
      typeof file === 'string' ? path.join(dir, file) : Buffer.concat([Buffer.from(`${dir}/`), file]);
    writeFileSync(target, content);
  }
  return dir;
}

/** The seed as an HTML page, its paragraphs inside `depth` nested copies of `open`/`close`. */
function nestedPage(depth: number, open: string, close: string): string {
  const paragraphs = seedText
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<html><head><title>x</title><style>p{}</style></head><body>${open.repeat(depth)}${paragraphs}${close.repeat(depth)}<script>var a = 1;</script></body></html>`;
}

describe('ingest: nothing good is dropped', () => {
  it('UTF-8 with one stray 0xFF byte: decoded with U+FFFD and a warning, indexed', async () => {
    const at = seedText.indexOf('Cụ thể');
    const bytes = Buffer.from(seedText);
    const cut = Buffer.byteLength(seedText.slice(0, at));
    const damaged = Buffer.concat([bytes.subarray(0, cut), Buffer.from([0xff]), bytes.subarray(cut)]);
    const read = decodeArticleBytes(damaged, 'a.txt');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toBe(`${seedText.slice(0, at)}\uFFFD${seedText.slice(at)}`);
    expect(read.warnings).toEqual([
      `not valid UTF-8: 1 invalid byte sequence(s) replaced by U+FFFD (first at character ${at}); check the file`,
    ]);
    // A Latin-1 file (no valid multi-byte sequence) is still read as windows-1252.
    const latin1 = decodeArticleBytes(
      Buffer.from('Caf\xe9 cr\xe8me, d\xe9j\xe0 vu, na\xefve\n', 'latin1'),
      'b.txt',
    );
    expect(latin1.ok && latin1.text).toBe('Café crème, déjà vu, naïve\n');

    const dir = folder('stray-ff', [['stray.txt', damaged]]);
    const report = await buildIndex({
      sourceDir: dir,
      indexDir: path.join(root, 'stray-ff-idx'),
      embedder: null,
    });
    expect(report.skipped).toEqual([]);
    expect(report.docs).toBe(1);
    expect(report.warnings).toEqual([{ file: expect.stringMatching(/stray\.txt$/), note: read.warnings[0] }]);
  });

  it.each([
    ['3,000 nested <div>', 3000, '<div>', '</div>'],
    ['1,000 nested tables (3,000 levels)', 1000, '<table><tr><td>', '</td></tr></table>'],
  ])('HTML page with %s: parsed like the same page shallow, with a warning', (_name, depth, open, close) => {
    const deep = decodeArticleBytes(Buffer.from(nestedPage(depth, open, close)), 'deep.html');
    const shallow = decodeArticleBytes(Buffer.from(nestedPage(2, open, close)), 'shallow.html');
    expect(deep.ok && shallow.ok).toBe(true);
    if (!deep.ok || !shallow.ok) return;
    expect(deep.warnings).toEqual([
      `HTML nested ${htmlDepth(nestedPage(depth, open, close))} levels deep: flattened before extracting the text; check the paragraphs`,
    ]);
    expect(htmlDepth(nestedPage(depth, open, close))).toBeGreaterThanOrEqual(3000);
    const meta = { docId: 'x', source: 'x' };
    const a = parseArticle(deep.text, meta);
    const b = parseArticle(shallow.text, meta);
    expect(a.title).toBe(b.title);
    expect(a.published).toBe(b.published);
    expect(a.body).toBe(b.body);
    expect(a.body).toContain('Ngôn Ngọc Khuê');
    expect(deep.text).not.toContain('var a');
  });

  it('a file name that is not valid UTF-8: listed, read and indexed (no ENOENT), with a note', async () => {
    const name = Buffer.concat([Buffer.from('bai_'), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]);
    const dir = folder('odd-name', [[name, seedText]]);
    const listed = await listArticleFiles(dir);
    expect(listed.skipped).toEqual([]);
    expect(listed.files).toHaveLength(1);
    expect(listed.files[0]!.rawPath?.equals(Buffer.concat([Buffer.from(`${dir}/`), name]))).toBe(true);
    expect(listed.notes).toEqual([
      {
        file: expect.stringContaining('bai_\uFFFD\uFFFD.txt'),
        note: expect.stringMatching(/^file name is not valid UTF-8/),
      },
    ]);
    const scanned = await scanSource(dir);
    expect(scanned.skipped).toEqual([]);
    expect(scanned.articles.map((a) => a.docId)).toEqual(['bai_\uFFFD\uFFFD']);
    const report = await buildIndex({
      sourceDir: dir,
      indexDir: path.join(root, 'odd-name-idx'),
      embedder: null,
    });
    expect(report.skipped).toEqual([]);
    expect(report.docs).toBe(1);
  });
});

describe('a model that cannot load does not strip the vectors', () => {
  let src: string;
  let idx: string;
  let modelDir: string;
  let embedder: Embedder;

  beforeAll(async () => {
    src = path.join(root, 'downgrade-src');
    cpSync(path.join(projectRoot, 'seeds'), src, { recursive: true });
    modelDir = buildTestModel({ out: path.join(root, 'model'), corpusDirs: [src] }).dir;
    const loaded = await loadEmbedder({ model: modelDir, modelsDir: path.join(root, 'models') });
    if (!loaded.ok) throw new Error(loaded.reason);
    embedder = loaded.embedder;
    idx = path.join(root, 'downgrade-idx');
    await buildIndex({ sourceDir: src, indexDir: idx, embedder });
  }, 60_000);

  afterAll(async () => {
    await embedder?.close?.();
  });

  it('nothing changed: the generation, its vectors and its model stay (CLI and library)', async () => {
    const run = await runTsx('src/cli/index.ts', ['--source', src, '--out', idx], {
      env: { EMBEDDING_MODEL: path.join(root, 'no-such-model'), MODELS_DIR: path.join(root, 'models') },
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("Keeping the index's existing vectors");
    expect(run.stdout).toMatch(
      new RegExp(
        `^index: generation 1 in .+, hybrid \\(${embedder.modelId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`,
        'm',
      ),
    );
    const reader = await IndexReader.open(idx, { embedder });
    expect(reader.generation).toBe(1);
    expect(reader.manifest.model?.id).toBe(embedder.modelId);
    reader.close();
  });

  it('a removed article: a new generation that keeps every other vector', async () => {
    const before = await checkLiveGeneration(idx, embedder, PROBE);
    const victim = readdirSync(src).find((f) => f !== SEED)!;
    rmSync(path.join(src, victim));
    const report = await buildIndex({
      sourceDir: src,
      indexDir: idx,
      embedder: null,
      keepVectors: true,
      embedderMissingReason: 'model files missing',
    });
    expect(report.removed).toHaveLength(1);
    expect(report.vectors).toBe(true);
    expect(report.model).toBe(embedder.modelId);
    const after = await checkLiveGeneration(idx, embedder, PROBE);
    expect(after.generation).toBe(before.generation + 1);
    expect(after.chunks).toBeLessThan(before.chunks);
  });

  it('a new article whose vectors are not cached: stops with the reason and the remedy; the index stays', async () => {
    const before = await checkLiveGeneration(idx, embedder, PROBE);
    const [fresh] = generateCorpus({ articles: 1, seed: 'downgrade' });
    writeFileSync(path.join(src, fresh!.fileName), fresh!.text);
    await expect(
      buildIndex({
        sourceDir: src,
        indexDir: idx,
        embedder: null,
        keepVectors: true,
        embedderMissingReason: 'model files missing',
      }),
    ).rejects.toThrow(
      /^index: the embedding model cannot load \(model files missing\) and \d+ new passage\(s\) need vectors that are not in the embedding cache; the index keeps its vectors \(.+\)\. Fix the model and run npm run index again, or run npm run index -- --keyword-only to build without vectors$/,
    );
    expect(await checkLiveGeneration(idx, embedder, PROBE)).toEqual(before);
    // --keyword-only is the explicit way to drop them.
    const keywordOnly = await buildIndex({ sourceDir: src, indexDir: idx, embedder: null });
    expect(keywordOnly.vectors).toBe(false);
    expect(keywordOnly.model).toBeNull();
  });
});
