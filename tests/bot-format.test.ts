import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitationStore, decodeSourceData, encodeSourceData } from '../src/bot/citations.ts';
import { parseCount } from '../src/bot/features/latest.ts';
import { formatAnswer, formatCitation } from '../src/bot/format/answer.ts';
import { formatAge, formatDate, formatDateTime } from '../src/bot/format/date.ts';
import { escapeHtml, shorten } from '../src/bot/format/html.ts';
import { splitHtml } from '../src/bot/format/split.ts';
import { htmlToTerminal } from '../src/terminal/render.ts';
import { answer, citation } from './helpers/fake-engine.ts';

/** Tags must nest properly and all be closed. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/g)) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0;
}

/** No `&` that does not start an entity, no stray `<`. */
function wellEscaped(html: string): boolean {
  return !/&(?!(?:amp|lt|gt|quot|#\d+);)/.test(html) && !/<(?!\/?[a-z-]+[^<]*>)/.test(html);
}

/** The text a reader sees, whitespace ignored (cuts drop the whitespace they happen at). */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML needs', () => {
    expect(escapeHtml('<b>&"x"</b>')).toBe('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;');
  });
});

describe('splitHtml', () => {
  it('keeps short text whole', () => {
    expect(splitHtml('xin chào')).toEqual(['xin chào']);
  });

  it('prefers paragraph breaks, then lines, then spaces', () => {
    expect(splitHtml('aaaa bbbb\n\ncccc dddd', 12)).toEqual(['aaaa bbbb', 'cccc dddd']);
    expect(splitHtml('aaaa\nbbbb cccc', 12)).toEqual(['aaaa', 'bbbb cccc']);
    expect(splitHtml('aaaa bbbb cccc', 12)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('never cuts inside an entity, and closes/reopens tags around a cut', () => {
    expect(splitHtml('x&amp;&amp;&amp;', 8)).toEqual(['x&amp;', '&amp;', '&amp;']);
    expect(splitHtml('<b>aaaa bbbb cccc</b>', 15)).toEqual(['<b>aaaa</b>', '<b>bbbb</b>', '<b>cccc</b>']);
  });

  it('property: parts fit, parse alone, and together hold the same text', () => {
    const word = fc.stringMatching(/^[a-zàđêôơư<>&"]{1,12}$/);
    const para = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
    const block = fc.oneof(
      para.map(escapeHtml),
      para.map((p) => `<b>${escapeHtml(p)}</b>`),
      para.map((p) => `<blockquote>${escapeHtml(p)}\n${escapeHtml(p)}</blockquote>`),
    );
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 60, max: 600 }),
        (blocks, limit) => {
          const html = blocks.join('\n\n');
          const parts = splitHtml(html, limit);
          for (const part of parts) {
            expect(part.length).toBeLessThanOrEqual(limit);
            expect(part.trim()).not.toBe('');
            expect(balanced(part)).toBe(true);
            expect(wellEscaped(part)).toBe(true);
          }
          expect(parts.map(visible).join('')).toBe(visible(html));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps surrogate pairs whole', () => {
    const parts = splitHtml('😀'.repeat(10), 5);
    expect(parts.join('')).toBe('😀'.repeat(10));
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(5);
    for (const p of parts) expect(p).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});

describe('answer formatting', () => {
  it('puts notes first, the answer, then one source line per citation in order', () => {
    const html = formatAnswer(
      answer('q', {
        notes: ['Đã cắt bớt câu hỏi.'],
        answer: 'A [2] và B [1].',
        citations: [
          citation(2, { alsoIn: [{ docId: 'x', source: 'seeds/x.txt' }] }),
          citation(1, { published: null }),
        ],
      }),
    );
    expect(html).toBe(
      [
        '<i>ℹ️ Đã cắt bớt câu hỏi.</i>',
        'A [2] và B [1].',
        '<b>Nguồn:</b>\n[1] Hội nghị giao ban số 1 — không rõ ngày — seeds/001_fake.txt\n[2] Hội nghị giao ban số 2 — 02/04/2021 — seeds/002_fake.txt (cũng đăng tại: seeds/x.txt)',
      ].join('\n\n'),
    );
  });

  it('drops the plain source list of the engine and heads its own in the language of the answer', () => {
    const text =
      'Chaired by: Lê Văn A [1]\n\nSources:\n[1] Hội nghị giao ban số 1 — 2021-04-01 — seeds/001_fake.txt';
    const html = formatAnswer(answer('Who?', { answer: text, lang: 'en' }));
    expect(html.match(/Sources:/g)).toHaveLength(1);
    expect(html).toContain('<b>Sources:</b>');
    expect(html).not.toContain('Nguồn:');
  });

  it('shows a citation with its quote in a blockquote', () => {
    expect(formatCitation(citation(3, { quote: ' a < b ' }))).toBe(
      '<b>[3] Hội nghị giao ban số 3</b>\nNgày đăng: 03/04/2021\nNguồn: seeds/003_fake.txt\n\n<blockquote>a &lt; b</blockquote>',
    );
  });
});

describe('dates', () => {
  it('formats ISO dates the Vietnamese way', () => {
    expect(formatDate('2021-04-02')).toBe('02/04/2021');
    expect(formatDate(null)).toBe('không rõ ngày');
    expect(formatDate('Quý I')).toBe('Quý I');
    expect(formatDateTime('2024-05-01T20:15:00Z')).toBe('03:15 02/05/2024');
  });

  it('formats ages', () => {
    const now = new Date('2024-05-10T00:00:00Z');
    expect(formatAge('2024-05-09T23:59:30Z', now)).toBe('vừa xong');
    expect(formatAge('2024-05-09T23:15:00Z', now)).toBe('45 phút trước');
    expect(formatAge('2024-05-09T00:00:00Z', now)).toBe('24 giờ trước');
    expect(formatAge('2024-05-01T00:00:00Z', now)).toBe('9 ngày trước');
    expect(formatAge('garbage', now)).toBe('không rõ');
  });

  it('shortens at a word boundary', () => {
    expect(shorten('một hai ba bốn năm', 10)).toBe('một hai…');
    expect(shorten('ngắn', 10)).toBe('ngắn');
  });
});

describe('/latest count', () => {
  it('accepts 1..20, defaults to 5, refuses the rest', () => {
    expect(parseCount('')).toBe(5);
    expect(parseCount(' 20 ')).toBe(20);
    expect(parseCount('1')).toBe(1);
    expect(parseCount('50')).toBe(50); // capped by the command, with a note
    for (const bad of ['0', '1e1', 'năm', '-1', '2 3', '1234567']) expect(parseCount(bad)).toBeNull();
  });
});

describe('citation store and callback data', () => {
  it('round-trips callback data far under 64 bytes and rejects anything else', () => {
    const store = new CitationStore();
    const id = store.put({ chatId: 1, messageId: 2, citations: [] });
    const data = encodeSourceData(id, 12);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(20);
    expect(decodeSourceData(data)).toEqual({ id, n: 12 });
    for (const bad of [
      undefined,
      '',
      'src:short:1',
      `src:${id}:0`,
      `src:${id}:01`,
      `src:${id}:1000`,
      `SRC:${id}:1`,
      `src:${id}:1 `,
    ]) {
      expect(decodeSourceData(bad)).toBeNull();
    }
  });

  it('evicts the least recently used answer', () => {
    const store = new CitationStore(2);
    const a = store.put({ chatId: 1, messageId: 1, citations: [] });
    const b = store.put({ chatId: 1, messageId: 2, citations: [] });
    expect(store.get(a)).toBeDefined(); // a is now the most recent
    const c = store.put({ chatId: 1, messageId: 3, citations: [] });
    expect(store.get(b)).toBeUndefined();
    expect(store.get(a)).toBeDefined();
    expect(store.get(c)).toBeDefined();
    expect(store.size).toBe(2);
  });
});

describe('terminal rendering', () => {
  it('drops tags, indents quotes and decodes entities', () => {
    expect(htmlToTerminal('<b>T &amp; U</b>\n<blockquote>a\nb &lt;c&gt;</blockquote>')).toBe(
      'T & U\n  │ a\n  │ b <c>',
    );
  });
});
