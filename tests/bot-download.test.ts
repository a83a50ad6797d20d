import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadError, downloadTelegramFile } from '../src/bot/download.ts';
import { freePort, TEST_TOKEN } from './helpers/bot-harness.ts';

/** A Bot API client whose getFile is answered locally (no Telegram), as in the emulator's absence. */
function fakeApi(files: Record<string, { file_path?: string; file_size?: number }>): Api {
  const api = new Api(TEST_TOKEN);
  api.config.use(async (_prev, method, payload) => {
    const id = (payload as { file_id: string }).file_id;
    if (method !== 'getFile' || !files[id])
      return { ok: false, error_code: 400, description: 'Bad Request: file not found' };
    return { ok: true, result: { file_id: id, file_unique_id: `u${id}`, ...files[id] } } as never;
  });
  return api;
}

describe('downloadTelegramFile', () => {
  let server: Server;
  let root: string;
  const hits: string[] = [];
  const big = Buffer.alloc(3000, 'a');

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const prefix = `/file/bot${TEST_TOKEN}/`;
      const rel = req.url?.startsWith(prefix) ? req.url.slice(prefix.length) : '';
      if (rel === 'documents/ok.txt') res.writeHead(200, { 'content-length': 11 }).end('xin chào!!');
      else if (rel === 'documents/big-declared.txt')
        res.writeHead(200, { 'content-length': big.length }).end(big);
      else if (rel === 'documents/big-chunked.txt') {
        // No content-length: the limit must hold while streaming.
        res.writeHead(200);
        res.write(big.subarray(0, 1500));
        res.end(big.subarray(1500));
      } else res.writeHead(404).end('not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const api = fakeApi({
    ok: { file_path: 'documents/ok.txt', file_size: 11 },
    missing: { file_path: 'documents/missing.txt' },
    declared: { file_path: 'documents/big-declared.txt' },
    chunked: { file_path: 'documents/big-chunked.txt' },
    huge: { file_path: 'documents/ok.txt', file_size: 10_000 },
    nopath: {},
  });

  it('fetches <apiRoot>/file/bot<token>/<file_path> after getFile', async () => {
    const bytes = await downloadTelegramFile(api, 'ok', {
      token: TEST_TOKEN,
      apiRoot: `${root}/`,
      maxBytes: 1000,
    });
    expect(bytes.toString('utf8')).toBe('xin chào!!');
    expect(hits.at(-1)).toBe(`/file/bot${TEST_TOKEN}/documents/ok.txt`);
  });

  it('names the file path but never the URL (it holds the token) on HTTP errors', async () => {
    const err = await downloadTelegramFile(api, 'missing', {
      token: TEST_TOKEN,
      apiRoot: root,
      maxBytes: 1000,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.message).toBe('download: documents/missing.txt answered HTTP 404');
    expect(err.message).not.toContain(TEST_TOKEN);
  });

  it('refuses files above maxBytes: by getFile size without fetching, by content-length, and while streaming', async () => {
    const before = hits.length;
    await expect(
      downloadTelegramFile(api, 'huge', { token: TEST_TOKEN, apiRoot: root, maxBytes: 1000 }),
    ).rejects.toThrow('download: file is 10 KB, above the 1 KB limit');
    expect(hits.length).toBe(before);
    await expect(
      downloadTelegramFile(api, 'declared', { token: TEST_TOKEN, apiRoot: root, maxBytes: 1000 }),
    ).rejects.toThrow(DownloadError);
    await expect(
      downloadTelegramFile(api, 'chunked', { token: TEST_TOKEN, apiRoot: root, maxBytes: 1000 }),
    ).rejects.toThrow('download: file is above the 1 KB limit');
  });

  it('explains a missing file_path, and reports unreachable servers without the URL', async () => {
    await expect(
      downloadTelegramFile(api, 'nopath', { token: TEST_TOKEN, apiRoot: root, maxBytes: 1000 }),
    ).rejects.toThrow('download: Telegram returned no file_path');
    const closed = `http://127.0.0.1:${await freePort()}`;
    const err = await downloadTelegramFile(api, 'ok', {
      token: TEST_TOKEN,
      apiRoot: closed,
      maxBytes: 1000,
    }).catch((e) => e);
    expect(err.message).toBe('download: documents/ok.txt failed: ECONNREFUSED');
  });
});
