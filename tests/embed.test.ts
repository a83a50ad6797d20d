import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: internal module without type declarations; its array is what the library reads.
import { executionProviders } from '@xenova/transformers/src/backends/onnx.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEmbedder, looksLikePath, offlineFromEnv } from '../src/embed/load.ts';
import { dot } from '../src/embed/pooling.ts';
import { buildTestModel, TEST_MODEL_DEFAULT_DIM } from '../src/embed/test-model.ts';
import { detectBackend, type TransformersEmbedder } from '../src/embed/transformers.ts';
import { normalizeText } from '../src/text/normalize.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(root, 'seeds');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'embed-test-'));
const modelDir = path.join(tmp, 'test-model');
const modelsDir = path.join(tmp, 'cache');

/** ~200-word passages cut from each seed article, with the article they come from. */
function passagesByArticle(): { article: number; text: string }[] {
  const out: { article: number; text: string }[] = [];
  readdirSync(seedsDir)
    .sort()
    .forEach((f, article) => {
      const words = normalizeText(readFileSync(path.join(seedsDir, f), 'utf8'))
        .split(/\s+/)
        .filter(Boolean);
      for (let i = 0; i + 200 <= words.length; i += 200)
        out.push({ article, text: words.slice(i, i + 200).join(' ') });
    });
  return out;
}

function passages(): string[] {
  return passagesByArticle().map((p) => p.text);
}

async function load(model: string, extra: Partial<Parameters<typeof loadEmbedder>[0]> = {}) {
  const r = await loadEmbedder({ model, modelsDir, offline: true, ...extra });
  if (!r.ok) throw new Error(r.warning);
  return r.embedder;
}

/** A loopback "hub" that serves one model directory, or hangs, for the download paths. */
function startHub(mode: 'serve' | 'hang' | '404', dir = modelDir): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (mode === 'hang') return; // accept and never answer
    const m = /^\/[^/]+\/[^/]+\/resolve\/main\/(.+)$/.exec(req.url ?? '');
    if (mode === '404' || !m) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(path.join(dir, decodeURIComponent(m[1]!)));
      res.writeHead(200, { 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    ),
  );
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let embedder: TransformersEmbedder;
const figures: Record<string, string> = {};

beforeAll(async () => {
  const gen = buildTestModel({ out: modelDir, corpusDirs: [seedsDir] });
  figures.generation = `${gen.ms.toFixed(0)} ms (vocab ${gen.vocabSize}, dim ${gen.dim}, seeds only)`;
  const t0 = performance.now();
  embedder = await load(modelDir);
  figures.load = `${(performance.now() - t0).toFixed(0)} ms`;
});

afterAll(async () => {
  await embedder?.close();
  console.log(`embed figures: ${JSON.stringify(figures, null, 1)}`);
  rmSync(tmp, { recursive: true, force: true });
});

describe('loadEmbedder on the generated test model', () => {
  it('loads on onnxruntime-node (no WASM fallback) with the dimension from the model', () => {
    expect(embedder.backend).toBe('onnxruntime-node');
    expect(embedder.dim).toBe(TEST_MODEL_DEFAULT_DIM);
    expect(embedder.modelId).toMatch(/^test-model@[0-9a-f]{10}$/);
    expect(embedder.prefixes).toEqual({ query: '', passage: '' });
  });

  it('returns one unit-norm Float32Array of length dim per text, in order', async () => {
    const texts = ['Hội nghị giao ban', '', 'Bầu cử đại biểu Quốc hội', 'zzqx vvkw'];
    const vs = await embedder.embed(texts, 'passage');
    expect(vs).toHaveLength(texts.length);
    for (const v of vs) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(TEST_MODEL_DEFAULT_DIM);
      expect(dot(v, v)).toBeCloseTo(1, 5);
    }
    expect(await embedder.embed([], 'query')).toEqual([]);
  });

  it('gives identical vectors for identical texts, and the same alone as in a batch', async () => {
    const texts = passages().slice(0, 6);
    texts.push('giao ban khối đảng', 'giao ban khối đảng', 'một câu hỏi ngắn');
    const batch = await embedder.embed(texts, 'passage');
    expect(batch[6]).toEqual(batch[7]);
    for (let i = 0; i < texts.length; i++) {
      const [alone] = await embedder.embed([texts[i]!], 'passage');
      expect(alone, `text ${i}`).toEqual(batch[i]);
    }
  });

  it('puts a passage nearer to a query sharing its words than to one from another article', async () => {
    const ps = passagesByArticle();
    const vs = await embedder.embed(
      ps.map((p) => p.text),
      'passage',
    );
    let wins = 0;
    let top1 = 0;
    let total = 0;
    for (let i = 0; i < ps.length; i++) {
      const other = ps.findIndex((p) => p.article !== ps[i]!.article);
      for (const start of [10, 60, 110, 160]) {
        // Six consecutive words of passage i, as a user might half-remember them.
        const [q] = await embedder.embed(
          [
            ps[i]!.text.split(' ')
              .slice(start, start + 6)
              .join(' '),
          ],
          'query',
        );
        const scores = vs.map((v) => dot(q!, v));
        total++;
        if (scores[i]! > scores[other]!) wins++;
        if (scores.indexOf(Math.max(...scores)) === i) top1++;
      }
    }
    figures.retrieval = `query beats other-article passage ${wins}/${total}; top-1 among ${ps.length} passages ${top1}/${total}`;
    expect(wins / total).toBeGreaterThan(0.85);
    // Passages of one article share most words, so even an exact bag of words gets only ~55% top-1 here.
    expect(top1 / total).toBeGreaterThan(0.35);
  });

  it('keeps a word and its diacritic-free spelling close but distinct', async () => {
    const [withMarks, folded, other] = await embedder.embed(['hội nghị', 'hoi nghi', 'ngân sách'], 'query');
    const near = dot(withMarks!, folded!);
    expect(near).toBeGreaterThan(0.4);
    expect(near).toBeLessThan(0.99);
    expect(near).toBeGreaterThan(dot(withMarks!, other!) + 0.3);
  });

  it('tokenises unknown words into pieces instead of one shared [UNK]', async () => {
    const [x, y] = await embedder.embed(['qxzvw', 'wbkpj'], 'query');
    expect(dot(x!, y!)).toBeLessThan(0.9);
  });

  it('truncates long inputs to maxTokens', async () => {
    const short = await load(modelDir, { maxTokens: 8 });
    const words = passages()[0]!.split(' ');
    expect(short.maxTokens).toBe(8);
    expect(short.countTokens(words.join(' '))).toBeGreaterThan(8);
    // Same first 6 tokens (plus [CLS]/[SEP]), different tails: identical after truncation.
    const [a, b] = await short.embed(
      [`${words.slice(0, 6).join(' ')} ngân sách`, `${words.slice(0, 6).join(' ')} bầu cử`],
      'passage',
    );
    expect(a).toEqual(b);
  });

  it('applies E5 prefixes when asked, and only then', async () => {
    const e5 = await load(modelDir, { prefixes: 'e5' });
    expect(e5.prefixes).toEqual({ query: 'query: ', passage: 'passage: ' });
    const [prefixed] = await e5.embed(['giao ban'], 'query');
    const [manual] = await embedder.embed(['query: giao ban'], 'query');
    expect(prefixed).toEqual(manual);
    expect(e5.countTokens('giao ban', 'passage')).toBe(embedder.countTokens('passage: giao ban'));
  });

  it('shares one load per process and reloads after close', async () => {
    const again = await load(modelDir);
    expect(again).toBe(embedder);
    const other = await load(modelDir, { prefixes: 'none', maxTokens: 64 });
    await other.close();
    expect(other.closed).toBe(true);
    await expect(other.embed(['x'], 'query')).rejects.toThrow('is closed; load it again');
    const fresh = await load(modelDir, { prefixes: 'none', maxTokens: 64 });
    expect(fresh).not.toBe(other);
    expect(fresh.closed).toBe(false);
  });

  it('encodes a repeated question once, keeps the most recent ones, and never caches passages', async () => {
    const small = await load(modelDir, { queryCacheSize: 2 });
    expect(small).not.toBe(embedder);
    const model = (small as unknown as { model: { forward: (...args: unknown[]) => unknown } }).model;
    const forward = vi.spyOn(model, 'forward');
    try {
      const [a1] = await small.embed(['Ai chủ trì hội nghị?'], 'query');
      await small.embed(['Hội nghị họp ngày nào?'], 'query');
      expect(forward).toHaveBeenCalledTimes(2);
      a1!.fill(0); // a caller scaling its vector must not change the cached one
      const [a2] = await small.embed(['Ai chủ trì hội nghị?'], 'query');
      expect(forward).toHaveBeenCalledTimes(2);
      const [fresh] = await embedder.embed(['Ai chủ trì hội nghị?'], 'query');
      expect(a2).toEqual(fresh);
      // Capacity 2: a third text drops the least recently used one ("Hội nghị họp…").
      await small.embed(['Bao nhiêu đảng viên mới?'], 'query');
      await small.embed(['Ai chủ trì hội nghị?', 'Hội nghị họp ngày nào?'], 'query');
      expect(forward).toHaveBeenCalledTimes(4);
      await small.embed(['Ai chủ trì hội nghị?'], 'passage');
      await small.embed(['Ai chủ trì hội nghị?'], 'passage');
      expect(forward).toHaveBeenCalledTimes(6);
    } finally {
      forward.mockRestore();
      await small.close();
    }
  });

  it('measures load and embedding cost (~200-word passage, short query)', async () => {
    const ps = passages().slice(0, 8);
    let t = performance.now();
    for (const p of ps) await embedder.embed([p], 'passage');
    figures.passageAlone = `${((performance.now() - t) / ps.length).toFixed(2)} ms per ~200-word passage`;
    figures.passageTokens = `${embedder.countTokens(ps[0]!)} tokens`;
    t = performance.now();
    await embedder.embed(ps, 'passage');
    figures.passageBatch = `${((performance.now() - t) / ps.length).toFixed(2)} ms per passage in one call of ${ps.length}`;
    const queries = ['Ai chủ trì hội nghị giao ban?', 'Kết quả bầu cử đại biểu Quốc hội khóa XV'];
    t = performance.now();
    // Distinct texts: a repeated one would be a cache hit, not an encoding.
    for (let i = 0; i < 20; i++) await embedder.embed([`${queries[i % 2]!} ${i}`], 'query');
    figures.query = `${((performance.now() - t) / 20).toFixed(2)} ms per query`;
    expect(Object.keys(figures)).toContain('query');
  });
});

describe('loadEmbedder failure paths (never throws, never hangs)', () => {
  it('fails at once for an uncached hub id in offline mode, naming the model and EMBEDDING_MODEL', async () => {
    const t = performance.now();
    const r = await loadEmbedder({ model: 'Xenova/multilingual-e5-small', modelsDir, offline: true });
    figures.offlineFailure = `${(performance.now() - t).toFixed(1)} ms`;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toContain('not in the model cache');
    expect(r.reason).toContain('offline mode');
    expect(r.warning).toContain('"Xenova/multilingual-e5-small"');
    expect(r.warning).toContain('EMBEDDING_MODEL');
    expect(r.warning).toContain('npm run test-model -- --out models/test-model');
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('fails within the timeout when the hub accepts but never answers', async () => {
    const { url, server } = await startHub('hang');
    try {
      const t = performance.now();
      const r = await loadEmbedder({
        model: 'someone/missing-model',
        modelsDir,
        offline: false,
        remoteHost: url,
        timeoutMs: 500,
      });
      const ms = performance.now() - t;
      figures.hangingHubFailure = `${ms.toFixed(0)} ms with timeoutMs 500`;
      expect(ms).toBeLessThan(3000);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toContain('did not answer within');
        expect(r.warning).toContain('"someone/missing-model"');
      }
    } finally {
      await stop(server);
    }
  });

  it('fails clearly when the hub does not know the model', async () => {
    const { url, server } = await startHub('404');
    try {
      const r = await loadEmbedder({ model: 'someone/unknown', modelsDir, offline: false, remoteHost: url });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.reason).toContain('the hub has no model "someone/unknown" at revision "main" (HTTP 404)');
    } finally {
      await stop(server);
    }
  });

  it('fails clearly when the hub is unreachable', async () => {
    const { url, server } = await startHub('404');
    await stop(server); // nothing listens on that port any more
    const r = await loadEmbedder({ model: 'someone/unknown', modelsDir, offline: false, remoteHost: url });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('is unreachable');
  });

  it('fails with the path for a local directory that does not exist', async () => {
    const missing = path.join(tmp, 'no-such-model');
    const r = await loadEmbedder({ model: missing, modelsDir });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(`no model directory at ${missing}`);
      expect(r.warning).toContain('EMBEDDING_MODEL');
    }
    const rel = await loadEmbedder({ model: './nowhere/model', modelsDir, cwd: tmp });
    expect(rel.ok ? '' : rel.reason).toBe(`no model directory at ${path.join(tmp, 'nowhere', 'model')}`);
  });

  it('names the missing files of an incomplete model directory', async () => {
    const r = await loadEmbedder({ model: tmp, modelsDir });
    expect(r.ok ? '' : r.reason).toBe(
      `the model directory ${tmp} lacks config.json, tokenizer.json, tokenizer_config.json, onnx/model_quantized.onnx`,
    );
  });

  it('reports a corrupt model file as a failed load, not a crash', async () => {
    const broken = path.join(tmp, 'broken-model');
    buildTestModel({ out: broken, corpusDirs: [seedsDir], dim: 8 });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(broken, 'onnx', 'model_quantized.onnx'), 'not an onnx file');
    const r = await loadEmbedder({ model: broken, modelsDir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('onnxruntime-node said: Failed to load model');
    writeFileSync(path.join(broken, 'tokenizer.json'), '{');
    const r2 = await loadEmbedder({ model: broken, modelsDir });
    expect(r2.ok ? '' : r2.reason).toContain(`${path.join(broken, 'tokenizer.json')} is not valid JSON`);
  });
});

describe('hub download path (served from 127.0.0.1)', () => {
  it('downloads an uncached hub model into MODELS_DIR, then loads it offline from there', async () => {
    const { url, server } = await startHub('serve');
    const progress: string[] = [];
    try {
      const r = await loadEmbedder({
        model: 'local-test/tiny-model',
        modelsDir,
        offline: false,
        remoteHost: url,
        onProgress: (file) => progress.push(file),
      });
      if (!r.ok) throw new Error(r.warning);
      expect(r.embedder.modelId).toBe('local-test/tiny-model');
      const cached = path.join(modelsDir, 'local-test', 'tiny-model');
      expect(readdirSync(cached).sort()).toEqual(
        expect.arrayContaining(['config.json', 'onnx', 'tokenizer.json', 'tokenizer_config.json']),
      );
      expect(progress).toContain('onnx/model_quantized.onnx');
      const [v] = await r.embedder.embed(['giao ban'], 'query');
      const [ref] = await embedder.embed(['giao ban'], 'query');
      expect(v).toEqual(ref);
      await r.embedder.close();
    } finally {
      await stop(server);
    }
    // Hub gone, offline: served from the cache without any request.
    const again = await loadEmbedder({ model: 'local-test/tiny-model', modelsDir, offline: true });
    expect(again.ok).toBe(true);
    if (again.ok) await again.embedder.close();
  });
});

describe('WASM fallback detection', () => {
  it('flags a session that runs on WASM instead of onnxruntime-node', async () => {
    // Force what Transformers.js does after a native failure: a WASM-only session.
    const saved = [...executionProviders];
    executionProviders.splice(0, executionProviders.length, 'wasm');
    const warnings: string[] = [];
    try {
      const r = await loadEmbedder({
        model: modelDir,
        modelsDir,
        maxTokens: 100,
        onWarning: (m) => warnings.push(m),
      });
      if (!r.ok) throw new Error(r.warning);
      expect(r.embedder.backend).toBe('wasm');
      expect(r.warnings).toEqual(warnings);
      expect(warnings[0]).toContain('runs on the WASM backend, not onnxruntime-node');
      await r.embedder.close();
    } finally {
      executionProviders.splice(0, executionProviders.length, ...saved);
    }
  });

  it('recognises the library warning and the handler class', () => {
    const native = { session: { handler: new (class OnnxruntimeSessionHandler {})() } };
    expect(detectBackend(native, [])).toBe('onnxruntime-node');
    expect(detectBackend(native, ['Something went wrong … Using `wasm` as a fallback. '])).toBe('wasm');
    expect(detectBackend({ session: { handler: new (class {})() } }, [])).toBe('wasm');
  });
});

describe('helpers', () => {
  it('tells paths from hub ids', () => {
    for (const p of ['./m', '../m', '/abs/m', '~/m', 'a/b/c', 'C:\\models\\m', '.'])
      expect(looksLikePath(p), p).toBe(true);
    for (const p of ['Xenova/multilingual-e5-small', 'bert-base-uncased', 'models/test-model']) {
      expect(looksLikePath(p), p).toBe(false);
    }
  });

  it('reads the conventional offline switches', () => {
    expect(offlineFromEnv({ HF_HUB_OFFLINE: '1' })).toBe(true);
    expect(offlineFromEnv({ TRANSFORMERS_OFFLINE: 'true' })).toBe(true);
    expect(offlineFromEnv({ HF_HUB_OFFLINE: '0' })).toBe(false);
    expect(offlineFromEnv({})).toBe(false);
  });
});
