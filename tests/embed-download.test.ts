/**
 * EMBEDDING_MODEL=<hub id> against a loopback "hub" serving Transformers.js' layout
 * (`<id>/resolve/<revision>/<file>`): the download lands in MODELS_DIR whole or not at all, the next
 * start makes no request, and the revision is part of the cache folder and of the model id.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../src/embed/load.ts';
import { buildTestModel } from '../src/embed/test-model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(root, 'seeds');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'embed-download-'));
const ID = 'hub-test/e5-tiny';
/** What each revision of ID serves: main the XLM-R-shaped fixture (dim 32), v2 a WordPiece one (dim 16). */
const revisions: Record<string, string> = {
  main: path.join(tmp, 'served-main'),
  v2: path.join(tmp, 'served-v2'),
};

/** How the hub answers: whole files, or files cut short. */
type Mode = 'serve' | 'drop-onnx' | 'cut-json-no-length';

interface Hub {
  url: string;
  server: Server;
  requests: string[];
  mode: Mode;
}

function startHub(): Promise<Hub> {
  const hub = { requests: [] as string[], mode: 'serve' as Mode } as Hub;
  hub.server = createServer((req, res) => {
    hub.requests.push(`${req.method} ${req.url}`);
    const m = /^\/(.+?)\/resolve\/([^/]+)\/(.+)$/.exec(req.url ?? '');
    const dir = m && m[1] === ID ? revisions[decodeURIComponent(m[2]!)] : undefined;
    const file = dir ? path.join(dir, decodeURIComponent(m![3]!)) : '';
    if (!dir || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    if (hub.mode === 'drop-onnx' && file.endsWith('.onnx')) {
      // Announce the whole file, send half, then drop the connection.
      res.writeHead(200, { 'content-length': body.length });
      res.write(body.subarray(0, body.length >> 1), () => req.socket.destroy());
      return;
    }
    if (hub.mode === 'cut-json-no-length' && file.endsWith('tokenizer.json')) {
      // No length announced: the end of the connection looks like the end of the file.
      res.writeHead(200, { connection: 'close' });
      res.end(body.subarray(0, body.length >> 1));
      return;
    }
    res.writeHead(200, { 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) =>
    hub.server.listen(0, '127.0.0.1', () => {
      hub.url = `http://127.0.0.1:${(hub.server.address() as AddressInfo).port}/`;
      resolve(hub);
    }),
  );
}

let hub: Hub;

beforeAll(async () => {
  buildTestModel({ out: revisions.main!, corpusDirs: [seedsDir], dim: 32, tokenizer: 'unigram' });
  buildTestModel({ out: revisions.v2!, corpusDirs: [seedsDir], dim: 16 });
  hub = await startHub();
});

afterAll(async () => {
  hub.server.closeAllConnections();
  await new Promise<void>((resolve) => hub.server.close(() => resolve()));
  rmSync(tmp, { recursive: true, force: true });
});

async function loadFromHub(model: string, modelsDir: string, offline = false) {
  return loadEmbedder({ model, modelsDir, offline, remoteHost: hub.url, timeoutMs: 5_000 });
}

describe('hub download into MODELS_DIR', () => {
  const modelsDir = path.join(tmp, 'models');

  it('downloads a hub id into MODELS_DIR/<id>, loads it, and the next start makes no request', async () => {
    hub.mode = 'serve';
    hub.requests.length = 0;
    const r = await loadFromHub(ID, modelsDir);
    if (!r.ok) throw new Error(r.warning);
    expect(r.embedder.modelId).toBe(ID);
    expect(r.embedder.dim).toBe(32);
    expect(r.embedder.prefixes.query).toBe('query: ');
    expect(hub.requests).toEqual([
      `HEAD /${ID}/resolve/main/config.json`,
      ...['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'].map(
        (f) => `GET /${ID}/resolve/main/${f}`,
      ),
    ]);
    // No staging folder left beside it.
    expect(readdirSync(path.join(modelsDir, 'hub-test'))).toEqual(['e5-tiny']);
    const local = await loadEmbedder({ model: revisions.main!, modelsDir, offline: true });
    if (!local.ok) throw new Error(local.warning);
    expect(await r.embedder.embed(['giao ban Mường Lay'], 'query')).toEqual(
      await local.embedder.embed(['giao ban Mường Lay'], 'query'),
    );
    await r.embedder.close();
    await local.embedder.close();

    // The next start, hub still up and downloads allowed: served from MODELS_DIR, no request.
    hub.requests.length = 0;
    const again = await loadFromHub(ID, modelsDir);
    expect(again.ok).toBe(true);
    expect(hub.requests).toEqual([]);
    if (again.ok) await again.embedder.close();
  });

  it('keeps revisions apart: id@v2 has its own folder, files and model id', async () => {
    hub.requests.length = 0;
    const v2 = await loadFromHub(`${ID}@v2`, modelsDir);
    if (!v2.ok) throw new Error(v2.warning);
    expect(v2.embedder.modelId).toBe(`${ID}@v2`);
    expect(v2.embedder.dim).toBe(16);
    expect(hub.requests.every((r) => r.includes('/resolve/v2/'))).toBe(true);
    expect(readdirSync(path.join(modelsDir, 'hub-test')).sort()).toEqual(['e5-tiny', 'e5-tiny@v2']);
    await v2.embedder.close();
    // main is still main: its own files, without a request.
    hub.requests.length = 0;
    const main = await loadFromHub(ID, modelsDir);
    if (!main.ok) throw new Error(main.warning);
    expect([main.embedder.modelId, main.embedder.dim]).toEqual([ID, 32]);
    expect(hub.requests).toEqual([]);
    await main.embedder.close();
  });
});

describe('an interrupted download', () => {
  it('leaves nothing in MODELS_DIR when the hub drops the connection mid-file, and a retry succeeds', async () => {
    const modelsDir = path.join(tmp, 'models-drop');
    hub.mode = 'drop-onnx';
    const r = await loadFromHub(ID, modelsDir);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain('onnx/model_quantized.onnx');
      expect(r.reason).toContain(`download: ${ID}@main`);
    }
    expect(readdirSync(path.join(modelsDir, 'hub-test'))).toEqual([]);
    // Nothing half-written that a later (offline) start would take for the model.
    const offline = await loadFromHub(ID, modelsDir, true);
    expect(offline.ok).toBe(false);
    if (!offline.ok) expect(offline.reason).toContain('not in the model cache');
    hub.mode = 'serve';
    const retry = await loadFromHub(ID, modelsDir);
    expect(retry.ok).toBe(true);
    if (retry.ok) await retry.embedder.close();
  });

  it('refuses a JSON file cut short by a connection closed without a length', async () => {
    const modelsDir = path.join(tmp, 'models-cut');
    hub.mode = 'cut-json-no-length';
    const r = await loadFromHub(ID, modelsDir);
    hub.mode = 'serve';
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/tokenizer\.json is not valid JSON/);
    expect(readdirSync(path.join(modelsDir, 'hub-test'))).toEqual([]);
  });
});
