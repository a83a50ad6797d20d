import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../src/ingest/decode.ts';

const TEXT =
  'Huyện ủy giao ban quý I\nNgày đăng: 02/04/2021\nSáng ngày 31-3-2021, Huyện ủy tổ chức hội nghị.';

function utf16(text: string, be: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (be) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  const mark = be ? [0xfe, 0xff] : [0xff, 0xfe];
  return bom ? Buffer.concat([Buffer.from(mark), le]) : le;
}

const ok = (r: ReturnType<typeof decodeArticleBytes>) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}`);
  return r;
};

describe('decodeArticleBytes', () => {
  it('plain UTF-8 passes through with no notes', () => {
    expect(decodeArticleBytes(Buffer.from(TEXT), 'a.txt')).toEqual({
      ok: true,
      text: TEXT,
      notes: [],
      warnings: [],
    });
  });

  it('UTF-8 BOM is removed (CRLF is left for normalizeText)', () => {
    const r = ok(
      decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb')]), 'a.txt'),
    );
    expect(r.text).toBe('a\r\nb');
    expect(r.notes).toEqual(['UTF-8 byte-order mark removed']);
  });

  it.each([
    ['LE with BOM', false, true, 'UTF-16LE (byte-order mark)'],
    ['BE with BOM', true, true, 'UTF-16BE (byte-order mark)'],
    ['LE without BOM', false, false, 'UTF-16LE (no byte-order mark)'],
    ['BE without BOM', true, false, 'UTF-16BE (no byte-order mark)'],
  ])('UTF-16 %s', (_label, be, bom, note) => {
    const r = ok(decodeArticleBytes(utf16(TEXT, be, bom), 'a.txt'));
    expect(r.text).toBe(TEXT);
    expect(r.notes).toEqual([`decoded as ${note}`]);
  });

  it('invalid UTF-8 is read as windows-1252 with a note', () => {
    const r = ok(decodeArticleBytes(Buffer.from('Réunion à Hanoï, 12/03/2021', 'latin1'), 'a.txt'));
    expect(r.text).toBe('Réunion à Hanoï, 12/03/2021');
    expect(r.notes[0]).toContain('windows-1252');
  });

  it('binary content and empty files are refused with a reason', () => {
    expect(
      decodeArticleBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]), 'a.txt'),
    ).toEqual({
      ok: false,
      reason: 'binary content',
    });
    const noisy = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37 + 11) % 31 || 1));
    expect(decodeArticleBytes(noisy, 'a.txt')).toEqual({ ok: false, reason: 'binary content' });
    expect(decodeArticleBytes(Buffer.alloc(0), 'a.txt')).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeArticleBytes(Buffer.from(' \n\t\r\n  '), 'a.txt')).toEqual({
      ok: false,
      reason: 'empty file',
    });
  });

  it('HTML: visible text only, one paragraph per line, no scripts, styles or images', () => {
    const html = `<!doctype html><html><head><title>Site</title><style>p{color:red}</style>
      <script>var secret = "do not show";</script></head><body>
      <h1>Huyện ủy giao ban quý I</h1><p>Ngày đăng: 02/04/2021</p>
      <p>Sáng ngày 31-3-2021, Huyện ủy tổ chức <b>hội nghị</b>.</p><img src="IMG_1.jpg" alt="ảnh">
      <script>document.write("nor this")</script></body></html>`;
    const r = ok(decodeArticleBytes(Buffer.from(html), 'page.html'));
    expect(r.text).not.toMatch(/secret|nor this|color|IMG_1|ảnh/);
    expect(r.text.split('\n').filter(Boolean)).toEqual([
      'Huyện ủy giao ban quý I',
      'Ngày đăng: 02/04/2021',
      'Sáng ngày 31-3-2021, Huyện ủy tổ chức hội nghị.',
    ]);
    expect(r.notes).toEqual(['HTML page: visible text extracted']);
    expect(decodeArticleBytes(Buffer.from('<html><body><script>x</script></body></html>'), 'e.htm')).toEqual({
      ok: false,
      reason: 'empty file',
    });
  });
});
