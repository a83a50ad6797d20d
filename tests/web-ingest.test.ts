/**
 * Fetching and extracting articles from the web: the safety rules of `safeFetch` against a local
 * HTTP server on 127.0.0.1 (private addresses allowed explicitly, as only tests and intranets do),
 * and extraction of a portal page, a PDF and a DOCX built from a seed into the article the parser
 * reads, with URL and site kept.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../src/ingest/decode.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { extractDocument, fetchDocument, pdfParagraphs } from '../src/web/extract.ts';
import { checkUrl, FetchError, guardedLookup, isPublicAddress, safeFetch } from '../src/web/fetch.ts';
import { readOriginHeader, withOriginHeader } from '../src/web/stored.ts';
import { articleDocx, articlePage, articlePdf } from './helpers/documents.ts';
import { projectRoot } from './helpers/reliability.ts';

const SEED = readFileSync(path.join(projectRoot, 'seeds/001_56a5bdce7b9e82f6.txt'), 'utf8');
const TITLE = 'Thị ủy giao ban công tác Đảng, đoàn thể 9 tháng năm 2023';
const SITE = 'Cổng thông tin điện tử thị xã';
const CAP = 64 * 1024;

let server: Server;
let base: string;
const hits: string[] = [];
let pdf: Buffer;
let docx: Buffer;

beforeAll(async () => {
  pdf = await articlePdf(SEED);
  docx = await articleDocx(SEED);
  const page = articlePage(SEED, { site: SITE });
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    hits.push(url);
    if (url === '/tin/thi-uy.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (url === '/bao-cao.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    else if (url === '/bao-cao.docx')
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(docx);
    else if (url === '/anh.png') res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
    else if (url.startsWith('/loop')) res.writeHead(302, { location: `/loop${hits.length}` }).end();
    else if (url === '/moved') res.writeHead(301, { location: '/tin/thi-uy.html' }).end();
    else if (url === '/big-declared')
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': CAP + 1 }).end('x'.repeat(CAP + 1));
    else if (url === '/big-stream') {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(CAP / 4));
      res.end();
    } else if (url === '/slow') {
      // Never answers; the client's deadline must end it.
    } else if (url === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(page);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
);

const allowed = { maxBytes: CAP, allowPrivate: true, timeoutMs: 2_000 };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error('expected a FetchError');
}

describe('safeFetch: what it refuses', () => {
  it('fetches only http and https URLs without credentials', () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'javascript:alert(1)', 'not a url']) {
      expect(() => checkUrl(url), url).toThrow(FetchError);
    }
    expect(() => checkUrl('http://admin:pw@example.com/')).toThrow('user name or password');
    expect(checkUrl('https://example.com/a?b=1').hostname).toBe('example.com');
  });

  it('refuses private, loopback and link-local addresses by default, before connecting', async () => {
    for (const url of [
      `${base}/tin/thi-uy.html`,
      'http://localhost:1/',
      'http://[::1]:1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://192.168.1.1/',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      const err = await failure(safeFetch(url, { maxBytes: CAP }));
      expect(err.code, url).toBe('blocked-address');
      expect(err.message).toContain('FETCH_ALLOW_PRIVATE=1');
    }
    expect(hits).toEqual([]);
  });

  it('classifies addresses: only public unicast is public', () => {
    const blocked = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.10', '169.254.169.254', '100.64.0.1'];
    const blocked6 = ['::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '0.0.0.0', '::'];
    for (const a of [...blocked, ...blocked6]) expect(isPublicAddress(a), a).toBe(false);
    for (const a of ['8.8.8.8', '203.113.131.1', '2001:4860:4860::8888'])
      expect(isPublicAddress(a), a).toBe(true);
    expect(isPublicAddress('example.com')).toBe(false);
  });

  it('checks the addresses a host name resolves to (localhost through the resolver)', async () => {
    const resolve = (allow: boolean) =>
      new Promise<string>((ok, fail) =>
        guardedLookup(allow)('localhost', { family: 4 }, (err, address) =>
          err ? fail(err) : ok(String(address)),
        ),
      );
    await expect(resolve(false)).rejects.toThrow('private or local address; refused');
    expect(await resolve(true)).toBe('127.0.0.1');
  });

  it('caps redirects, size, time and content types when private addresses are allowed', async () => {
    const before = hits.length;
    expect((await failure(safeFetch(`${base}/loop`, allowed))).code).toBe('too-many-redirects');
    // The first request and 5 redirects, no more.
    expect(hits.length - before).toBe(6);
    expect((await failure(safeFetch(`${base}/big-declared`, allowed))).code).toBe('too-large');
    expect((await failure(safeFetch(`${base}/big-stream`, allowed))).code).toBe('too-large');
    expect((await failure(safeFetch(`${base}/anh.png`, allowed))).code).toBe('content-type');
    expect((await failure(safeFetch(`${base}/missing`, allowed))).code).toBe('http-status');
    const t = performance.now();
    expect((await failure(safeFetch(`${base}/slow`, { ...allowed, timeoutMs: 400 }))).code).toBe('timeout');
    expect(performance.now() - t).toBeLessThan(2_000);
  });

  it('follows a redirect, and answers a conditional GET with 304 and no body', async () => {
    const moved = await safeFetch(`${base}/moved`, allowed);
    expect(moved.url).toBe(`${base}/tin/thi-uy.html`);
    expect(moved.contentType).toBe('text/html');
    expect(moved.charset).toBe('utf-8');
    const first = await safeFetch(`${base}/etag`, allowed);
    expect(first.etag).toBe('"v1"');
    const again = await safeFetch(`${base}/etag`, { ...allowed, headers: { 'if-none-match': '"v1"' } });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });
});

/** Read a saved file the way the index build does. */
function parseSaved(file: string) {
  const read = decodeArticleBytes(Buffer.from(file, 'utf8'), 'saved.html');
  if (!read.ok) throw new Error(read.reason);
  return parseArticle(read.text, { docId: 'x', source: 'seeds/x.html', origin: read.origin });
}

describe('extraction: page, PDF and DOCX to the same article', () => {
  it('takes the article out of a portal page and keeps its URL and site name', async () => {
    const doc = await fetchDocument(`${base}/tin/thi-uy.html`, allowed);
    expect(doc.origin).toMatchObject({ url: `${base}/tin/thi-uy.html`, site: SITE, kind: 'html' });
    const article = parseSaved(doc.file);
    expect(article.title).toBe(TITLE);
    expect(article.published).toBe('2023-09-20');
    expect(article.facts.chairs).toEqual([
      { name: 'Văn Quốc Cường', title: 'Phó Bí thư thường trực thị ủy' },
    ]);
    expect(article.origin?.url).toBe(`${base}/tin/thi-uy.html`);
    // Menu, sidebar and footer stay out of the body.
    for (const chrome of ['Trang chủ', 'Tin liên quan', 'Hội nghị tổng kết công tác dân vận', 'Bản quyền']) {
      expect(article.body).not.toContain(chrome);
    }
    expect(article.body).toContain(
      'Đồng chí Văn Quốc Cường - Phó Bí thư thường trực thị ủy chủ trì hội nghị.',
    );
  });

  it('reads a PDF and a DOCX (served as octet-stream) into the same headline, date and chair', async () => {
    for (const name of ['bao-cao.pdf', 'bao-cao.docx']) {
      const doc = await fetchDocument(`${base}/${name}`, allowed);
      expect(doc.origin.kind, name).toBe(name.endsWith('pdf') ? 'pdf' : 'docx');
      expect(doc.origin.site).toBe('127.0.0.1');
      const article = parseSaved(doc.file);
      expect(article.title, name).toBe(TITLE);
      expect(article.published, name).toBe('2023-09-20');
      expect(
        article.facts.chairs.map((c) => c.name),
        name,
      ).toEqual(['Văn Quốc Cường']);
      // Wrapped PDF lines are joined back: the sentence is whole.
      expect(article.body, name).toContain(
        'Chiều ngày 19/9/2023, Thị ủy tổ chức hội nghị giao ban công tác Đảng, đoàn thể 9 tháng năm 2023.',
      );
    }
  });

  it('refuses a ZIP that is not a DOCX and an image', async () => {
    const zip = { url: `${base}/a.zip`, status: 200, charset: null, etag: null, lastModified: null };
    await expect(
      extractDocument({ ...zip, contentType: 'application/zip', bytes: Buffer.from('PK\x03\x04rest') }),
    ).rejects.toThrow('not a web page, PDF or DOCX');
    await expect(
      extractDocument({ ...zip, contentType: 'image/png', bytes: Buffer.from('\x89PNG') }),
    ).rejects.toThrow('not a web page, PDF or DOCX');
  });

  it('joins wrapped PDF lines into paragraphs, keeping headline and date lines apart', () => {
    const page = [
      'Tiêu đề ngắn',
      '20/09/2023',
      'Một câu dài được ngắt dòng ở giữa vì trang PDF chỉ rộng chừng này ký tự',
      'và kết thúc ở dòng sau.',
    ].join('\n');
    expect(pdfParagraphs(page).split('\n\n')).toEqual([
      'Tiêu đề ngắn',
      '20/09/2023',
      'Một câu dài được ngắt dòng ở giữa vì trang PDF chỉ rộng chừng này ký tự và kết thúc ở dòng sau.',
    ]);
  });

  it('keeps the origin header intact whatever the URL holds', () => {
    const origin = {
      url: 'https://báo.vn/a-->b--c?x="1"',
      site: 'Báo <x> -->',
      kind: 'html' as const,
      fetchedAt: '2026-12-01T00:00:00.000Z',
    };
    const file = withOriginHeader(origin, '<p>x</p>');
    expect(file.split('\n')[0]!.match(/-->/g)).toHaveLength(1);
    expect(readOriginHeader(file)).toEqual(origin);
    expect(readOriginHeader('<!-- bantin-source {"url":"file:///etc/passwd"} -->')).toBeNull();
    expect(readOriginHeader('<html><!-- bantin-source {"url":"https://a.vn"} --></html>')).toBeNull();
  });
});
