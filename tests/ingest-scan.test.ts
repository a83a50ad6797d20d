import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticleFiles, scanSource } from '../src/ingest/scan.ts';

const root = resolve(import.meta.dirname, '..');
const seedText = (stem: string) => readFileSync(join(root, 'seeds', `${stem}.txt`), 'utf8');
const S000 = '000_0c95c87bab80c7cf';
const S001 = '001_56a5bdce7b9e82f6';
const S002 = '002_31ae2237aeafa83e';
const S003 = '003_8fc4396257645532';
const S004 = '004_f66d6dc4a8e384f9';

/** Deterministic pseudo-random bytes (no NUL-free guarantee: that is the point). */
function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

let dir: string;
let outside: string;
const prefix = () => basename(dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-bad-'));
  outside = mkdtempSync(join(tmpdir(), 'scan-outside-'));
  writeFileSync(join(outside, 'secret.txt'), seedText(S000));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\t \r\n   \n');
  writeFileSync(join(dir, 'random.txt'), noise(4096));
  writeFileSync(
    join(dir, 'binary.txt'),
    Buffer.concat([Buffer.from('%PNG'), Buffer.alloc(64), noise(512, 3)]),
  );
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4 not an article');
  writeFileSync(
    join(dir, 'utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText(S001), 'utf16le')]),
  );
  writeFileSync(
    join(dir, 'bom-crlf.txt'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText(S002).replace(/\n/g, '\r\n'))]),
  );
  writeFileSync(
    join(dir, 'latin1.txt'),
    Buffer.from(
      'Réunion du comité à Hanoï\nNgay dang: 05/03/2021\nLe comité a tenu sa réunion trimestrielle, avec des délégués de toutes les provinces du pays. Les résultats sont présentés.\n',
      'latin1',
    ),
  );
  // About 5 MB of real article paragraphs: under the default 10 MB limit, so kept.
  const paras = seedText(S003).split('\n').slice(6, 20).join('\n');
  const big = [
    'Bài tổng hợp rất dài',
    'Ngày đăng: 01/08/2020',
    ...Array.from({ length: Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paras)) }, () => paras),
  ];
  writeFileSync(join(dir, 'big.txt'), big.join('\n'));
  writeFileSync(
    join(dir, 'page.html'),
    `<html><head><style>.x{color:red}</style><script>var leaked = "SCRIPT_TEXT";</script></head><body>
     <p>Trang chủ » Tin tức</p><h1>Huyện ủy Bắc Hà giao ban quý I năm 2022</h1><p>Ngày đăng: 02/04/2022</p>
     <p>Chiều ngày 1/4/2022, Huyện ủy Bắc Hà tổ chức hội nghị giao ban quý I năm 2022. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy chủ trì hội nghị.</p>
     <script>document.write("MORE_SCRIPT")</script></body></html>`,
  );
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'sub', 'deeper', `${S004}.txt`), seedText(S004));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'a', 'dup.txt'), seedText(S000));
  writeFileSync(join(dir, 'b', 'dup.txt'), seedText(S001));
  writeFileSync(join(dir, '.DS_Store'), noise(100));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('scanSource on a folder of bad and good files', () => {
  it('keeps every good file and gives one reason per skipped file', async () => {
    const t0 = performance.now();
    const { articles, skipped, notes } = await scanSource(dir, {});
    const seconds = (performance.now() - t0) / 1000;
    const p = prefix();
    expect(skipped).toEqual([
      { file: `${p}/binary.txt`, reason: 'binary content' },
      { file: `${p}/blank.txt`, reason: 'empty file' },
      { file: `${p}/empty.txt`, reason: 'empty file' },
      { file: `${p}/link.txt`, reason: 'symbolic link, not followed' },
      { file: `${p}/random.txt`, reason: 'binary content' },
      { file: `${p}/report.pdf`, reason: 'not an article file (.pdf)' },
    ]);
    // The link's target is never read nor named.
    expect(JSON.stringify({ skipped, notes })).not.toContain('secret');
    expect(articles.map((a) => a.docId)).toEqual([
      S004,
      'big',
      'bom-crlf',
      'dup',
      'dup~2',
      'latin1',
      'page',
      'utf16',
    ]);
    expect(articles.find((a) => a.docId === S004)?.source).toBe(`${p}/sub/deeper/${S004}.txt`);
    expect(notes).toContainEqual({
      file: `${p}/b/dup.txt`,
      note: `docId dup is already used by ${p}/a/dup.txt; this file is dup~2`,
    });
    expect(notes.find((n) => n.file === `${p}/latin1.txt`)?.note).toContain('windows-1252');
    expect(seconds).toBeLessThan(20);
  });

  it('decodes each good file to the same article as its clean source', async () => {
    const { articles } = await scanSource(dir, {});
    const by = (id: string) => articles.find((a) => a.docId === id)!;
    expect(by('utf16').title).toBe('Thị ủy giao ban công tác Đảng, đoàn thể 9 tháng năm 2023');
    expect(by('utf16').published).toBe('2023-09-20');
    expect(by('bom-crlf').published).toBe('2022-06-20');
    expect(by('bom-crlf').body).not.toMatch(/[\r\uFEFF]/);
    expect(by('latin1').title).toBe('Réunion du comité à Hanoï');
    expect(Buffer.byteLength(by('big').body)).toBeGreaterThan(4.5 * 1024 * 1024);
    expect(by('big').published).toBe('2020-08-01');
    const page = by('page');
    expect(page.title).toBe('Huyện ủy Bắc Hà giao ban quý I năm 2022');
    expect(page.published).toBe('2022-04-02');
    expect(page.body).not.toMatch(/SCRIPT_TEXT|MORE_SCRIPT|color/);
    expect(page.facts.chairs).toEqual([{ name: 'Nguyễn Văn Hải', title: 'Bí thư Huyện ủy' }]);
  });

  it('refuses a file over the limit, naming its size, the limit and MAX_FILE_MB', async () => {
    const { skipped } = await listArticleFiles(dir, { maxFileBytes: 1024 * 1024 });
    const big = skipped.find((s) => s.file.endsWith('/big.txt'));
    expect(big?.reason).toMatch(
      /^file is 5\.\d MB, over the 1\.0 MB limit \(raise MAX_FILE_MB to ingest it\)$/,
    );
    expect(skipped.filter((s) => s.file.endsWith('/big.txt'))).toHaveLength(1);
  });

  it('a file without any date is kept with published null and a note', async () => {
    const d = mkdtempSync(join(tmpdir(), 'scan-nodate-'));
    try {
      writeFileSync(
        join(d, 'x.txt'),
        'Tiêu đề bài viết\nĐây là nội dung của bài viết, đủ dài để là một đoạn văn thực sự của bài báo này. Hết.',
      );
      const { articles, notes } = await scanSource(d);
      expect(articles.map((a) => [a.docId, a.published])).toEqual([['x', null]]);
      expect(notes).toEqual([
        { file: `${basename(d)}/x.txt`, note: 'no publication date recognised; listed last' },
      ]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('throws, with the remedy, only when the folder itself is unusable', async () => {
    await expect(scanSource(join(dir, 'nope'))).rejects.toThrow(
      /^scan: cannot open source folder .*nope \(ENOENT\); set SEEDS_DIR or pass --source$/,
    );
    await expect(scanSource(join(dir, 'empty.txt'))).rejects.toThrow('is not a folder');
  });

  it('paths inside the project are relative to it', async () => {
    const { articles } = await scanSource(join(root, 'seeds'));
    expect(articles.map((a) => a.source)).toEqual(
      [S000, S001, S002, S003, S004].map((s) => `seeds/${s}.txt`),
    );
  });
});
