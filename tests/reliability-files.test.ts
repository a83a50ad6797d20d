/**
 * Bad files beside good articles, at the command-line level: `npm run index` and `npm run latest`
 * spawned as the user runs them. Every good article is kept, every bad file gets exactly one
 * warning with its reason, the program exits 0, and a symbolic link's target (outside the folder)
 * is neither followed, read nor named.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexReader } from '../src/index/open.ts';
import { fold } from '../src/text/normalize.ts';
import { killAllChildren, projectRoot, type RunResult, runTsx } from './helpers/reliability.ts';

const seed = (stem: string) => readFileSync(path.join(projectRoot, 'seeds', `${stem}.txt`), 'utf8');
const S000 = '000_0c95c87bab80c7cf';
const S001 = '001_56a5bdce7b9e82f6';
const S002 = '002_31ae2237aeafa83e';
const S003 = '003_8fc4396257645532';
const S004 = '004_f66d6dc4a8e384f9';

/** Deterministic bytes with every value (NULs included). */
function noise(n: number, s = 11): Buffer {
  const out = Buffer.alloc(n);
  let x = s;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

let root: string;
let src: string;
let out: string;
let outside: string;
/** Unique strings only the link targets hold: if they show up anywhere, a link was followed. */
const secretWord = `bimat${randomBytes(6).toString('hex')}`;
const secretName = `target-${randomBytes(6).toString('hex')}`;
let index: RunResult;
let latest: RunResult;

/** Bad files and the reason the product must give for each (paths relative to the folder's parent). */
const BAD: Record<string, string> = {
  'empty.txt': 'empty file',
  'blank.txt': 'empty file',
  'random.txt': 'binary content',
  'photo.txt': 'binary content',
  'report.pdf': 'not an article file (.pdf)',
  'picture.jpg': 'not an article file (.jpg)',
  'notes.docx': 'not an article file (.docx)',
  README: 'not an article file (no extension)',
  'link.txt': 'symbolic link, not followed',
  'linked-folder': 'symbolic link, not followed',
  'sub/huge.txt': 'file is 11 MB, over the 10 MB limit (raise MAX_FILE_MB to ingest it)',
  'headline-only.html': 'no article text found (only a headline or page furniture)',
};
/** docIds of the good articles. */
const GOOD = [S000, 'utf16', 'bom-crlf', 'latin1', 'big', 'page', 'nested-htm', S004];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'rel-files-'));
  src = path.join(root, 'src');
  out = path.join(root, 'index');
  outside = path.join(root, `outside-${secretName}`);
  mkdirSync(src);
  mkdirSync(outside);
  const secretText = `Tin mật\n\nNgày 01/01/2024\n\nNội dung ${secretWord} không được đọc.\n`;
  writeFileSync(path.join(outside, `${secretName}.txt`), secretText);

  const w = (name: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    writeFileSync(path.join(src, name), data);
  };
  // Good articles, in every shape the scrapers deliver.
  w(`${S000}.txt`, seed(S000));
  w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed(S001), 'utf16le')]));
  w(
    'bom-crlf.txt',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed(S002).replace(/\n/g, '\r\n'))]),
  );
  w(
    'latin1.txt',
    Buffer.from(
      'Réunion trimestrielle du comité à Hanoï\nNgày đăng: 05/03/2021\nLe comité a tenu sa réunion trimestrielle avec les délégués des provinces. Les résultats du trimestre ont été présentés et approuvés.\n'.replace(
        'Ngày đăng',
        'Date',
      ),
      'latin1',
    ),
  );
  const paras = seed(S003).split('\n').slice(6, 20).join('\n');
  const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paras));
  w('big.txt', ['Bài tổng hợp rất dài', 'Ngày đăng: 01/08/2020', ...Array(copies).fill(paras)].join('\n'));
  w(
    'page.html',
    `<html><head><style>.banner{color:red}</style><script>var tracker = "SCRIPTLEAK";</script></head><body>
     <p>Trang chủ » Tin tức</p><h1>Huyện ủy Bắc Hà giao ban quý I năm 2022</h1><p>Ngày đăng: 02/04/2022</p>
     <p>Chiều ngày 1/4/2022, Huyện ủy Bắc Hà tổ chức hội nghị giao ban quý I năm 2022. Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy chủ trì hội nghị.</p>
     <script>document.write("MORESCRIPTLEAK")</script></body></html>`,
  );
  w(
    'sub/deeper/nested-htm.htm',
    `<html><body><h1>Đảng ủy xã Tà Xùa sơ kết 6 tháng đầu năm 2024</h1><p>Ngày 05/07/2024</p><p>Chiều ngày 4/7/2024, Đảng ủy xã Tà Xùa tổ chức hội nghị sơ kết. Đồng chí Vừ A Lử, Bí thư Đảng ủy xã chủ trì hội nghị.</p></body></html>`,
  );
  w(`sub/${S004}.txt`, seed(S004));
  // Bad files.
  w('empty.txt', '');
  w('blank.txt', ' \n\t  \r\n\u00a0 \n');
  w('random.txt', noise(8192));
  w(
    'photo.txt',
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2048, 5)]),
  );
  w('report.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
  w('picture.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), noise(512, 9)]));
  w('notes.docx', Buffer.concat([Buffer.from('PK\x03\x04'), noise(256, 13)]));
  w('README', 'Thư mục bài viết.\n');
  w(
    'headline-only.html',
    '<html><head><script>x()</script></head><body><h1>Chỉ có tiêu đề</h1></body></html>',
  );
  w('sub/huge.txt', Buffer.alloc(11 * 1024 * 1024, 'a'));
  symlinkSync(path.join(outside, `${secretName}.txt`), path.join(src, 'link.txt'));
  symlinkSync(outside, path.join(src, 'linked-folder'));

  const env = { MODELS_DIR: path.join(root, 'no-models') };
  index = await runTsx('src/cli/index.ts', ['--source', src, '--out', out], { env, timeoutMs: 90_000 });
  latest = await runTsx('src/cli/latest.ts', ['--source', src, '--json', '100'], { env, timeoutMs: 60_000 });
}, 180_000);

afterAll(async () => {
  await killAllChildren();
  if (root) rmSync(root, { recursive: true, force: true });
});

const prefix = () => path.basename(src);

describe('npm run index over a folder of bad and good files', () => {
  it('exits 0 and prints one warning per skipped file, with its reason', () => {
    expect(index.code, index.stderr).toBe(0);
    const warnings = index.stderr.split('\n').filter((l) => l.startsWith('index: skipped '));
    const expected = Object.entries(BAD).map(([f, reason]) => `index: skipped ${prefix()}/${f}: ${reason}`);
    expect(warnings.sort()).toEqual(expected.sort());
    expect(index.stdout).toContain(`  skipped    ${Object.keys(BAD).length}`);
    expect(index.stdout).toContain(`  added      ${GOOD.length}`);
    // No model in offline mode: one warning, then a keyword index (not a crash).
    expect(index.stderr.match(/WARNING: embed:/g)).toHaveLength(1);
    expect(index.stdout).toContain('keyword-only');
  });

  it('keeps every good article, decoded, with scripts and styles dropped', async () => {
    const reader = await IndexReader.open(out);
    try {
      expect(reader.docs.map((d) => d.docId).sort()).toEqual([...GOOD].sort());
      const hits = (text: string) => {
        const terms = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
        return reader.keyword({ column: 'folded', terms }, 5);
      };
      const textOf = (text: string) => {
        const [hit] = hits(text);
        return hit ? (reader.chunks([hit.id]).get(hit.id)?.text ?? '') : '';
      };
      expect(textOf('Ngôn Ngọc Khuê Mường Lay')).toContain('Ngôn Ngọc Khuê');
      expect(reader.doc('utf16')?.title).toBe('Thị ủy giao ban công tác Đảng, đoàn thể 9 tháng năm 2023');
      expect(reader.doc('bom-crlf')?.published).toBe('2022-06-20');
      expect(reader.body(reader.doc('bom-crlf')!.bodyHash)).not.toMatch(/[\r\uFEFF]/);
      expect(reader.doc('latin1')?.title).toBe('Réunion trimestrielle du comité à Hanoï');
      expect(Buffer.byteLength(reader.body(reader.doc('big')!.bodyHash) ?? '')).toBeGreaterThan(
        4.5 * 1024 * 1024,
      );
      expect(reader.manifest.counts.chunks).toBeGreaterThan(1000);
      expect(reader.doc('page')?.title).toBe('Huyện ủy Bắc Hà giao ban quý I năm 2022');
      expect(reader.doc('nested-htm')?.source).toBe(`${prefix()}/sub/deeper/nested-htm.htm`);
      for (const leak of ['SCRIPTLEAK', 'MORESCRIPTLEAK', 'banner', 'tracker'])
        expect(hits(leak)).toEqual([]);
      // The link target's words never reached the index.
      expect(hits(secretWord)).toEqual([]);
    } finally {
      reader.close();
    }
  });

  it('never follows, reads or names a symbolic link target outside the folder', () => {
    for (const run of [index, latest]) {
      for (const stream of [run.stdout, run.stderr]) {
        expect(stream).not.toContain(secretWord);
        expect(stream).not.toContain(secretName);
        expect(stream).not.toContain(outside);
      }
    }
  });

  it('answers a normal question from that index', async () => {
    const ask = await runTsx('src/cli/ask.ts', ['--index', out, '--json'], {
      env: { MODELS_DIR: path.join(root, 'no-models') },
      stdin: 'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?\n',
      timeoutMs: 60_000,
    });
    expect(ask.code, ask.stderr).toBe(0);
    const a = JSON.parse(ask.stdout.trim()) as { answered: boolean; answer: string };
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ngôn Ngọc Khuê');
  });
});

describe('npm run latest -- --json 100 over the same folder', () => {
  it('exits 0, lists every good article and warns once per bad file', () => {
    expect(latest.code, latest.stderr).toBe(0);
    const rows = JSON.parse(latest.stdout) as { docId: string; title: string }[];
    expect(rows.map((r) => r.docId).sort()).toEqual([...GOOD].sort());
    const warnings = latest.stderr.split('\n').filter((l) => l.startsWith('latest: skipped '));
    expect(warnings.map((l) => l.replace(/^latest: skipped /, '')).sort()).toEqual(
      Object.entries(BAD)
        .map(([f, reason]) => `${prefix()}/${f}: ${reason}`)
        .sort(),
    );
  });
});
