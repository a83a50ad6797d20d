/**
 * Lists of meetings and of the places that held them: which provinces or districts met in a year or
 * period (a district's meeting counted under its province, which the gazetteer knows), a place's
 * meetings with their dates, over every matching article rather than the retrieved few.
 */
import { describe, expect, it } from 'vitest';
import { asksProvinces, listAsk } from '../src/answer/list-ask.ts';
import { meetingOp } from '../src/answer/meetings.ts';
import { type EvalQuestion, scoreAnswer, summarize } from '../src/eval/score.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

describe('a question listing the places that held a meeting', () => {
  const kind = (s: string) => listAsk(parseQuestion(s));
  it.each([
    // "có" + a meeting noun is holding one; a place inside the frame is read apart.
    ['Những tỉnh nào có hội nghị giao ban năm 2025?', 'places'],
    ['Những huyện nào của tỉnh Nghệ An có giao ban?', 'places'],
    ['Các thị ủy, thành ủy nào giao ban 6 tháng năm 2024?', 'places'],
    // English: two heads joined, a modifier before the meeting noun, a place before the head.
    ['Which districts or towns held first-quarter briefings in 2025?', 'places'],
    ['Which provinces had steering committee meetings in 2022?', 'places'],
    ['Which Nghe An localities held meetings, and when?', 'places'],
    // Items of one report stay items; a deadline is no list.
    ['Những xã nào của huyện Kỳ Anh cần được hỗ trợ?', 'items'],
    ['Hạn chót hoàn thành là ngày nào?', null],
  ])('%s → %s', (q, k) => expect(kind(q)).toBe(k));

  it('asks provinces only when the head is the province', () => {
    expect(asksProvinces(parseQuestion('Những tỉnh nào có hội nghị giao ban năm 2025?'))).toBe(true);
    expect(asksProvinces(parseQuestion('Which provinces held briefings in 2025?'))).toBe(true);
    expect(asksProvinces(parseQuestion('Những huyện nào tổ chức giao ban quý I?'))).toBe(false);
  });

  it('a list of meetings asked "with their dates" is a list, not one date', () => {
    expect(meetingOp(parseQuestion('Ở Nghệ An đã có những cuộc họp nào? Kèm ngày.'))).toBe('list');
    expect(meetingOp(parseQuestion('Hội nghị giao ban quý I của Huyện ủy X diễn ra ngày nào?'))).toBeNull();
  });
});

const present = devCorpusPresent('meeting-lists.test', 'the frozen set');

describe.skipIf(!present)('frozen meeting-lists set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'meeting-lists' });

  it('answers all 27 questions (16 before the list work, 26 after it, 27 with article-genre words and place levels)', async () => {
    const questions = readJsonLines<EvalQuestion>('tests/fixtures/meeting-lists.jsonl');
    const results = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const s = summarize(results);
    console.info(`meeting-lists.test: ${s.correct}/${s.total}`);
    expect(s.total).toBe(27);
    expect(s.correct).toBe(27);
  }, 300_000);

  it("a period asked without its year is any year's: the one district that held it is listed as a meeting", async () => {
    const a = await engine().ask('Những huyện nào của tỉnh Lào Cai đã tổ chức giao ban 9 tháng?');
    // Before: the meeting test required the dated period ("2022-9M") to equal the yearless one
    // ("9M"), found none, and the fallback listed the article's tasks instead of the meeting.
    expect(a.answer.split('\n').slice(0, 3)).toEqual([
      'Bảo Yên: Giao ban công tác xây dựng Đảng, đoàn thể 9 tháng năm 2022',
      'Chủ trì: Lục Văn Khởi (Bí thư Huyện ủy) [1]',
      'Thời gian: 28/9/2022 [2]',
    ]);
  }, 60_000);

  it('a list longer than it shows says how many matched', async () => {
    const a = await engine().ask('Những huyện nào đã tổ chức giao ban?');
    expect(a.answer).toMatch(/^Có (\d+) cuộc họp \(liệt kê 10 cuộc đầu\):/u);
    expect(Number(/^Có (\d+)/u.exec(a.answer)?.[1])).toBeGreaterThan(10);
  }, 60_000);

  // The level a places list asks is a constraint: a province's meeting is no district's.
  it.each([
    'Những huyện nào đã tổ chức hội nghị sơ kết 6 tháng đầu năm 2023?',
    'huyen nao so ket 6 thang dau nam 2023',
    'Which districts held mid-year reviews in 2023?',
  ])(
    "%s lists the district meeting, not the provinces' steering committees",
    async (q) => {
      const a = await engine().ask(q);
      expect(a.answer).toContain('Đảng bộ huyện Sơn Dương sơ kết công tác 6 tháng đầu năm 2023');
      expect(a.answer).not.toContain('Ban Chỉ đạo 35 tỉnh Gia Lai');
      expect(a.answer).not.toContain('Ban Chỉ đạo Chuyển đổi số tỉnh');
    },
    60_000,
  );

  it('a list of provinces still counts every level under its province', async () => {
    const a = await engine().ask('Những tỉnh nào sơ kết 6 tháng đầu năm 2023?');
    expect(a.answer.split('\n')[0]).toBe('3 tỉnh: Tuyên Quang, Gia Lai, Thái Bình.');
  }, 60_000);

  it('counts the meetings of "how many nine-month briefings" and "bao nhiêu bài", not a figure', async () => {
    const en = await engine().ask('How many nine-month briefings were held in 2022?');
    expect(en.answer.split('\n')[0]).toBe('3 meetings:');
    const vi = await engine().ask('Có bao nhiêu bài về giao ban 9 tháng năm 2022?');
    expect(vi.answer.split('\n')[0]).toBe('Có 3 cuộc họp:');
    // A noun phrase before the meeting noun, never a verb: this counts people; posts removed are a figure.
    expect(meetingOp(parseQuestion('How many people attended the meeting in Bao Yen?'))).toBeNull();
    expect(
      meetingOp(parseQuestion('gia lai 6 thang dau 2023 de nghi go bo bao nhieu tin bai vi pham')),
    ).toBeNull();
  }, 60_000);

  it('never says the articles lack a constraint that an article met (the figure is what is missing)', async () => {
    const a = await engine().ask('Hội nghị giao ban của Bảo Yên năm 2022 có bao nhiêu người tham dự?');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/không nói về (?:năm 2022|Bảo Yên)/u);
  }, 60_000);

  it('names the provinces of district meetings that never write their province', async () => {
    const a = await engine().ask('Which provinces held briefings in 2021?');
    expect(a.answer.split('\n')[0]).toBe('2 provinces: Điện Biên, Thái Bình.');
  }, 60_000);
});
