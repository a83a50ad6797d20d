import { describe, expect, it } from 'vitest';
import { generateArticles, generateCorpus } from '../src/synth/index.ts';
import { DISTRICTS, PROVINCES } from '../src/synth/places.ts';
import type { GeneratedArticle } from '../src/synth/types.ts';

const N = 2000;
const corpus: GeneratedArticle[] = generateArticles({ articles: N, seed: 'synth-test' });

const DATE_STYLES = [
  /^Thời gian đăng: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} [AP]M$/,
  /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} Số lượt xem: [\d.]+$/,
  /^Ngày \d{2} tháng \d{2} năm \d{4}$/,
  /^Thứ (hai|ba|tư|năm|sáu|bảy), \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}'$|^Chủ nhật, \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2}'$/,
  /^\[ Cập nhật vào ngày \(\d{2}\/\d{2}\/\d{4}\) \] - \[ Số lần xem: [\d.]+ \]$/,
  /^Ngày đăng: \d{2}-\d{2}-\d{4}( \| Lượt xem: [\d.]+)?$/,
];

function styleOf(line: string): number {
  return DATE_STYLES.findIndex((re) => re.test(line));
}

function days(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

/** The date a date line shows, as YYYY-MM-DD. */
function shownDate(line: string): string {
  const m = /(\d{2})[/-](\d{2})[/-](\d{4})/.exec(line) ?? /Ngày (\d{2}) tháng (\d{2}) năm (\d{4})/.exec(line);
  if (!m) throw new Error(`no date in '${line}'`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

describe('generateCorpus: determinism', () => {
  it('gives byte-identical output for the same seed, and treats 42 and "42" alike', () => {
    const a = generateCorpus({ articles: 40, seed: 42 });
    const b = generateCorpus({ articles: 40, seed: '42' });
    expect(b).toEqual(a);
    expect(JSON.stringify(generateCorpus({ articles: 40, seed: 42 }))).toBe(JSON.stringify(a));
  });

  it('gives different output for a different seed', () => {
    const a = generateCorpus({ articles: 40, seed: 1 });
    const b = generateCorpus({ articles: 40, seed: 2 });
    expect(a.map((x) => x.fileName)).not.toEqual(b.map((x) => x.fileName));
    const same = a.filter((x, i) => x.text === b[i]?.text).length;
    expect(same).toBe(0);
  });

  it('is prefix-stable: the first k articles do not depend on how many are asked for', () => {
    const small = generateCorpus({ articles: 25, seed: 'prefix' });
    const big = generateCorpus({ articles: 60, seed: 'prefix' });
    expect(big.slice(0, 25)).toEqual(small);
  });
});

describe('generateCorpus: shape of every article', () => {
  it('names files NNNNNN_<16 hex>.txt, uniquely and in order', () => {
    const names = corpus.map((a) => a.fileName);
    expect(new Set(names).size).toBe(N);
    names.forEach((name, i) => {
      expect(name).toMatch(/^\d{6}_[0-9a-f]{16}\.txt$/);
      expect(name.slice(0, 6)).toBe(String(i).padStart(6, '0'));
    });
  });

  it('has header, title, date line, body and sidebar in page order', () => {
    for (const a of corpus) {
      const { text, parts } = a;
      expect(parts.header.length).toBeGreaterThan(0);
      const titleAt = text.indexOf(parts.title);
      expect(titleAt).toBeGreaterThan(0);
      for (const h of parts.header) {
        const at = text.indexOf(h);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThan(titleAt);
      }
      const dateAt = text.indexOf(parts.dateLine, titleAt);
      expect(dateAt).toBeGreaterThan(titleAt);
      let cursor = dateAt;
      for (const p of parts.paragraphs) {
        const at = text.indexOf(p, cursor);
        expect(at, `paragraph of ${a.fileName} out of place`).toBeGreaterThan(cursor);
        cursor = at;
      }
      const sideAt = text.indexOf(parts.sidebar[0] as string, cursor);
      expect(sideAt).toBeGreaterThan(cursor);
      for (const f of parts.footer) expect(text.indexOf(f.slice(0, 12), cursor)).toBeGreaterThan(cursor);
    }
  });

  it('keeps the body between 350 and 800 words', () => {
    for (const a of corpus) {
      const words = a.parts.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
      expect(words).toBe(a.parts.bodyWords);
      expect(words, a.fileName).toBeGreaterThanOrEqual(350);
      expect(words, a.fileName).toBeLessThanOrEqual(800);
    }
  });

  it('has a sidebar of 2–5 headlines, each with its own date', () => {
    for (const a of corpus) {
      const items = a.parts.sidebar.slice(1).filter((l) => /\(.*\d{2}\/\d{2}\/\d{4}\)/.test(l));
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.length).toBeLessThanOrEqual(5);
    }
  });

  it('writes the posting date in one of the six styles, as the truth says', () => {
    for (const a of corpus) {
      const style = styleOf(a.parts.dateLine);
      expect(style, a.parts.dateLine).toBeGreaterThanOrEqual(0);
      expect(shownDate(a.parts.dateLine)).toBe(a.truth.published);
    }
    const styles = new Set(corpus.map((a) => styleOf(a.parts.dateLine)));
    expect([...styles].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts page-header dates before the title, never equal to the posting date', () => {
    const withHeader = corpus.filter((a) => a.parts.headerDate !== null);
    expect(withHeader.length).toBeGreaterThan(N * 0.15);
    for (const a of withHeader) {
      const h = a.parts.headerDate as string;
      expect(a.text.indexOf(h)).toBeLessThan(a.text.indexOf(a.parts.title));
      expect(shownDate(h)).not.toBe(a.truth.published);
      expect(days(shownDate(h))).toBeGreaterThan(days(a.truth.published));
    }
  });

  it('is NFC text that states its truth', () => {
    for (const a of corpus) {
      const { text, truth } = a;
      expect(text.normalize('NFC')).toBe(text);
      expect(text).toContain(truth.title);
      expect(text).toContain(truth.periodText);
      expect(text).toContain(truth.organisation);
      expect(text).toContain(truth.chair.name);
      expect(text).toContain(truth.chair.title);
      expect(text.toUpperCase()).toContain(truth.author.toUpperCase());
      for (const f of truth.facts) expect(text, `${a.fileName} ${f.label}`).toContain(f.value);
      expect(truth.period).toMatch(/^\d{4}(-Q[1-4]|-H1|-9M)?$/);
      expect(truth.place).toMatch(/^(huyện|thị xã|thành phố|tỉnh) /);
      const gap = days(truth.published) - days(truth.meetingDate);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(3);
      expect(new Set(truth.facts.map((f) => f.label)).size).toBe(truth.facts.length);
    }
  });
});

describe('generateCorpus: uniqueness and variety', () => {
  it('never repeats an (organisation, period) pair, nor a Party committee’s period', () => {
    const pairs = new Set(corpus.map((a) => `${a.truth.organisation}|${a.truth.period}`));
    expect(pairs.size).toBe(N);
    const party = corpus.filter((a) => a.truth.kind.startsWith('party') || a.truth.kind === 'working');
    const keys = new Set(party.map((a) => `${a.truth.place}|${a.truth.province}|${a.truth.period}`));
    expect(keys.size).toBe(party.length);
  });

  it('covers at least 40 provinces and 150 districts, with many distinct chairs', () => {
    expect(PROVINCES.length).toBeGreaterThanOrEqual(40);
    expect(DISTRICTS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((a) => a.truth.province)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((a) => a.truth.place)).size).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((a) => a.truth.chair.name)).size).toBeGreaterThan(N / 3);
  });

  it('uses every way of stating the chair, the presenter and the concluding speaker', () => {
    const wordings = [
      /Chủ trì hội nghị là đồng chí/,
      /Điều hành hội nghị là đồng chí/,
      /(Hội nghị|Cuộc họp) do đồng chí [^.]* chủ trì\./,
      /Hội nghị đặt dưới sự chủ trì của đồng chí/,
      /Tham dự và chủ trì (hội nghị|cuộc họp) có đồng chí/,
      /Người chủ trì (hội nghị|cuộc họp) là đồng chí/,
      /đồng chủ trì (hội nghị|cuộc họp)\./,
      /Đồng chủ trì (hội nghị|cuộc họp) gồm/,
      / trình bày báo cáo (kết quả|tóm tắt kết quả) /,
      /Báo cáo (đánh giá|tổng hợp) kết quả [^.]* do đồng chí [^.]* trình bày\./,
      /Theo báo cáo do đồng chí/,
      /Phát biểu kết luận (hội nghị|cuộc họp), đồng chí/,
      /Trong phần kết luận, đồng chí/,
      /Tuy nhiên, còn một số hạn chế: /,
      /biểu quyết thông qua /,
      /hạn chót đến ngày \d{1,2}\/\d{1,2}\/\d{4}/,
    ];
    for (const re of wordings)
      expect(
        corpus.some((a) => re.test(a.text)),
        String(re),
      ).toBe(true);
  });

  it('carries the raw-scrape challenges', () => {
    const has = (re: RegExp) => corpus.filter((a) => re.test(a.text)).length;
    expect(has(/^ {2}• /m)).toBeGreaterThan(20); // bullets
    expect(has(/[.;)][A-Za-z0-9_-]+\.(jpg|JPG)/)).toBeGreaterThan(20); // file name glued to a sentence
    expect(has(/\p{Ll}(Các ý kiến của bạn đọc|Ý kiến bạn đọc)/u)).toBeGreaterThan(20); // glued author
    expect(has(/^Tìm kiếm theo ngày$/m)).toBeGreaterThan(N / 3);
    expect(has(/^(Bình luận|Ý kiến bạn đọc|Các ý kiến của bạn đọc|Ý kiến của bạn)/m)).toBeGreaterThan(N / 3);
    expect(has(/Chào mừng/)).toBeGreaterThan(N / 10);
    expect(has(/ » | > | \/ | >> /)).toBeGreaterThan(N / 10); // breadcrumbs
    expect(has(/\[GMT\+7\]/)).toBeGreaterThan(10);
    expect(has(/Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ/)).toBeGreaterThan(N / 20); // sidebar trap
  });

  it('writes numbers the Vietnamese way', () => {
    const values = corpus.flatMap((a) => a.truth.facts.map((f) => f.value));
    expect(values.some((v) => /^\d{1,3}(\.\d{3})+$/.test(v))).toBe(true);
    expect(values.some((v) => /^\d+,\d+$/.test(v))).toBe(true);
    for (const v of values) expect(v).not.toMatch(/^\d{4,}$/);
  });

  it('keeps meeting dates inside the requested range', () => {
    const few = generateCorpus({ articles: 300, seed: 9, startDate: '2021-03-01', endDate: '2021-12-31' });
    for (const a of few) {
      expect(a.truth.meetingDate >= '2021-03-01' && a.truth.meetingDate <= '2021-12-31').toBe(true);
    }
  });
});

describe('generateCorpus: options', () => {
  it('rejects bad options with the value and the remedy', () => {
    expect(() => generateCorpus({ articles: -1, seed: 1 })).toThrow(
      'synth: articles must be a whole number ≥ 0, got -1',
    );
    expect(() => generateCorpus({ articles: 1.5, seed: 1 })).toThrow('got 1.5');
    expect(() => generateCorpus({ articles: 1, seed: '' })).toThrow('synth: seed is required');
    expect(() => generateCorpus({ articles: 1, seed: 1, startDate: '2021-13-01' })).toThrow(
      "synth: '2021-13-01' is not a calendar date",
    );
    expect(() =>
      generateCorpus({ articles: 1, seed: 1, startDate: '2022-01-01', endDate: '2021-01-01' }),
    ).toThrow('synth: startDate 2022-01-01 is after endDate 2021-01-01; swap them');
  });

  it('says so when the date range cannot hold the articles', () => {
    // No reporting period has its meetings in early February.
    expect(() =>
      generateCorpus({ articles: 1, seed: 1, startDate: '2021-02-01', endDate: '2021-02-10' }),
    ).toThrow(
      'synth: could not place article 0: the (organisation, period) pairs in 2021-02-01…2021-02-10 are nearly all taken; widen startDate/endDate or ask for fewer articles',
    );
  });

  it('returns an empty corpus for 0 articles', () => {
    expect(generateCorpus({ articles: 0, seed: 1 })).toEqual([]);
  });
});

describe('generateCorpus: speed', () => {
  it('generates 2,000 articles in a few seconds', () => {
    const t0 = performance.now();
    const out = generateCorpus({ articles: 2000, seed: 'speed' });
    const seconds = (performance.now() - t0) / 1000;
    console.info(`synth: 2,000 articles in ${seconds.toFixed(2)} s`);
    expect(out).toHaveLength(2000);
    expect(seconds).toBeLessThan(5);
  });
});
