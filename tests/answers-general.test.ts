/**
 * Regression tests of the answer layer on two articles written for these tests (tests/fixtures/answers:
 * two districts' briefings held the same day under similar headlines, neither naming its province).
 * Each failure mode of the "answers beyond the examples" issue has a case: roles beyond the chair,
 * places (province, English order, another district, a place inside a person's name), units, which
 * figure, deadlines, sections, yes/no, comparison, chat shorthand, corrected versions, follow-ups.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import type { Answer, Engine } from '../src/engine/types.ts';

const FIXTURES = resolve('tests/fixtures/answers');
const YEN_MINH = 'ym1_a1b2c3d4e5f60718';
const QUAN_BA = 'qb1_0f1e2d3c4b5a6978';

let tmp: string;
let engine: Engine;

async function open(dir: string): Promise<Engine> {
  const config = { ...loadConfig({}), SEEDS_DIR: dir, INDEX_DIR: join(dir, '..', `index-${Date.now()}`) };
  return createEngine(config, { embedder: null, logger: { info() {}, warn() {} } });
}

const facts = (a: Answer) => a.answer.split(/\n\n(?:Nguồn|Sources):/)[0] ?? '';
const cited = (a: Answer) => [...new Set(a.citations.map((c) => c.docId))];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'answers-general-'));
  await cp(FIXTURES, join(tmp, 'seeds'), { recursive: true });
  engine = await open(join(tmp, 'seeds'));
});

afterAll(async () => {
  await engine?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('roles beyond the chair', () => {
  it.each([
    'Ai trình bày báo cáo tại giao ban quý III/2024 của Huyện ủy Yên Minh?',
    'Who presented the report at the Yen Minh district Q3 2024 briefing?',
    'ai trinh bay bc giao ban q3 2024 huyen yen minh',
  ])('%s → the presenter, never the chair', async (q) => {
    const a = await engine.ask(q);
    expect(facts(a)).toContain('Lý Thị Hoa');
    expect(facts(a)).not.toContain('Sùng Mí Chá');
    expect(cited(a)).toEqual([YEN_MINH]);
  });

  it('a role nobody is named for is not answered with the chair', async () => {
    const a = await engine.ask('Ai làm trưởng đoàn công tác tại giao ban quý III/2024 của Huyện ủy Quản Bạ?');
    expect(facts(a)).not.toContain('Vàng Seo Dín');
  });
});

describe('places', () => {
  it('a district article that never names its province answers a question naming the province', async () => {
    const a = await engine.ask('Ai chủ trì giao ban quý III/2024 của huyện Yên Minh, tỉnh Hà Giang?');
    expect(facts(a)).toContain('Sùng Mí Chá');
  });

  it('two districts the same day: each question gets its own district, never the other', async () => {
    const a = await engine.ask('Huyện ủy Quản Bạ giao ban quý III/2024, ai chủ trì?');
    expect(facts(a)).toContain('Vàng Seo Dín');
    expect(cited(a)).toEqual([QUAN_BA]);
    const b = await engine.ask('Who chaired the Q3 2024 briefing of Yen Minh district?');
    expect(facts(b)).toContain('Sùng Mí Chá');
    expect(cited(b)).toEqual([YEN_MINH]);
  });

  it('another district of the province is not answered from these articles', async () => {
    const a = await engine.ask('Ai chủ trì giao ban quý III/2024 của huyện Đồng Văn?');
    expect(a.answered).toBe(false);
  });
});

describe('figures', () => {
  it('converts to the asked scale and states the figure as written', async () => {
    const a = await engine.ask('Thu ngân sách Yên Minh 9 tháng năm 2024 đạt bao nhiêu nghìn tỷ đồng?');
    expect(facts(a)).toContain('1.250 tỷ đồng');
    expect(facts(a)).toContain('1,25 nghìn tỷ');
  });

  it.each([
    ['Đảng bộ huyện Yên Minh có tổng số bao nhiêu đảng viên?', '2.000 đồng chí'],
    ['Quý III/2024 Yên Minh kết nạp bao nhiêu đảng viên mới?', '50 đảng viên'],
    ['Yên Minh phấn đấu kết nạp bao nhiêu đảng viên trong năm 2024?', '80 đảng viên'],
    ['bn dv moi dc ket nap o yen minh q3 2024', '50 đảng viên'],
  ])('%s → %s', async (q, want) => {
    const a = await engine.ask(q);
    expect(facts(a).split(' — ')[0]).toContain(want);
  });

  it('a figure the article does not state is not answered with another one', async () => {
    const a = await engine.ask('Tỷ lệ hộ nghèo của huyện Quản Bạ quý III/2024 là bao nhiêu?');
    expect(a.answered).toBe(false);
  });
});

describe('dates and sections', () => {
  it('the meeting date, not the deadline set at it', async () => {
    const a = await engine.ask('Hội nghị giao ban quý III/2024 của Huyện ủy Yên Minh diễn ra ngày nào?');
    expect(facts(a)).toContain('1/10/2024');
    expect(facts(a)).not.toContain('15/11/2024');
  });

  it('the deadline when a deadline is asked', async () => {
    const a = await engine.ask('Thời hạn hoàn thành rà soát quy hoạch cán bộ của Yên Minh là khi nào?');
    expect(facts(a)).toContain('15/11/2024');
  });

  it('limitations come from the limitations, in either language', async () => {
    for (const q of [
      'Yên Minh còn những hạn chế gì trong quý III/2024?',
      'What shortcomings did Yen Minh report?',
    ]) {
      const a = await engine.ask(q);
      expect(facts(a)).toContain('sinh hoạt chi bộ ở một số thôn vùng cao còn hình thức');
    }
  });
});

describe('yes/no and comparison', () => {
  it('Đúng / Không first, with the fact', async () => {
    const yes = await engine.ask(
      'Có phải đồng chí Sùng Mí Chá chủ trì giao ban quý III/2024 của Yên Minh không?',
    );
    expect(yes.verdict).toBe('yes');
    expect(yes.answer.startsWith('Đúng')).toBe(true);
    const no = await engine.ask(
      'Có phải đồng chí Lý Thị Hoa chủ trì giao ban quý III/2024 của Yên Minh không?',
    );
    expect(no.verdict).toBe('no');
    expect(no.answer.startsWith('Không')).toBe(true);
    expect(facts(no)).toContain('Sùng Mí Chá');
  });

  it('compares the two districts, each figure with its own quote', async () => {
    const a = await engine.ask(
      'Huyện nào kết nạp nhiều đảng viên mới hơn trong quý III/2024, Yên Minh hay Quản Bạ?',
    );
    expect(a.answer.split('\n')[0]).toBe('Yên Minh cao hơn Quản Bạ.');
    expect(cited(a).sort()).toEqual([QUAN_BA, YEN_MINH].sort());
  });
});

describe('follow-ups', () => {
  it('inherits the period and target, changes the place, then asks about that meeting', async () => {
    const first = await engine.ask('Ai chủ trì giao ban quý III/2024 của Huyện ủy Yên Minh?');
    expect(facts(first)).toContain('Sùng Mí Chá');
    const second = await engine.ask('còn Quản Bạ thì sao?', { context: first.context });
    expect(facts(second)).toContain('Vàng Seo Dín');
    expect(cited(second)).toEqual([QUAN_BA]);
    const third = await engine.ask('ai trình bày báo cáo?', { context: second.context });
    expect(facts(third)).toContain('Giàng Văn Páo');
    expect(cited(third)).toEqual([QUAN_BA]);
    const fourth = await engine.ask('ông ấy giữ chức gì?', { context: third.context });
    expect(facts(fourth)).toContain('Trưởng Ban Tổ chức Huyện ủy');
  });
});

describe('versions', () => {
  it('a corrected republication is cited with its corrected figure', async () => {
    const dir = join(tmp, 'versions');
    await cp(FIXTURES, dir, { recursive: true });
    const original = await readFile(join(FIXTURES, `${YEN_MINH}.txt`), 'utf8');
    const corrected = original
      .replace('Ngày đăng: 02-10-2024', 'Ngày đăng: 04-10-2024')
      .replace('kết nạp 50 đảng viên mới', 'kết nạp 55 đảng viên mới')
      .replace('Tác giả: Minh Anh', 'Bài viết đã được biên tập lại số liệu.\nTác giả: Minh Anh');
    await writeFile(join(dir, 'ym2_9a8b7c6d5e4f3a2b.txt'), corrected);
    const e = await open(dir);
    try {
      const a = await e.ask('Quý III/2024 Yên Minh kết nạp bao nhiêu đảng viên mới?');
      expect(facts(a)).toContain('55 đảng viên');
      expect(facts(a)).not.toContain('50 đảng viên');
    } finally {
      await e.close();
    }
  });
});
