import { describe, expect, it } from 'vitest';
import { itemize, itemSpans } from '../src/answer/items.ts';
import { listAsk } from '../src/answer/list-ask.ts';
import { asksMeetingHeld } from '../src/answer/meetings.ts';
import { leadLine } from '../src/answer/open-what.ts';
import { sectionRun } from '../src/answer/section-run.ts';
import { type EvalQuestion, scoreAnswer, summarize } from '../src/eval/score.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const text = (body: string, s: { start: number; end: number }) => body.slice(s.start, s.end);

describe('items read from a sentence', () => {
  const body =
    'Hội nghị cũng chỉ ra một số hạn chế như: công tác phát triển đảng viên còn chậm; việc nắm bắt dư luận có lúc chưa kịp thời; một số văn bản còn chậm.';

  it('splits after the introducing colon at semicolons, each item an exact passage', () => {
    const items = itemSpans(body, 0, body.length).map((s) => text(body, s));
    expect(items).toEqual([
      'công tác phát triển đảng viên còn chậm',
      'việc nắm bắt dư luận có lúc chưa kịp thời',
      'một số văn bản còn chậm',
    ]);
  });

  it('keeps a sentence that lists nothing whole, and a time is no colon', () => {
    const one = 'Hội nghị khai mạc lúc 10:15 tại hội trường.';
    expect(itemSpans(one, 0, one.length)).toEqual([{ start: 0, end: one.length }]);
  });

  it('turns quote lines into item lines, keeps labelled lines, and counts what is cut', () => {
    const many = Array.from({ length: 15 }, (_, i) => `nhiệm vụ thứ ${i + 1} cần làm`).join('; ');
    const lines = itemize(many, [
      { label: 'Chủ trì', value: 'X', quote: { start: 0, end: 5 } },
      { label: null, value: '', quote: { start: 0, end: many.length } },
    ]);
    expect(lines[0]?.label).toBe('Chủ trì');
    const items = lines.filter((l) => l.item);
    expect(items).toHaveLength(12);
    expect(text(many, items[11]!.quote)).toBe('nhiệm vụ thứ 12 cần làm');
    expect(items[11]?.more).toBe(3);
  });
});

describe('a section is quoted as its whole run', () => {
  const sentences = [0, 10, 20, 30, 40, 50].map((start) => ({ start, end: start + 9 }));
  const section = [sentences[1]!, sentences[2]!, sentences[3]!, sentences[5]!];

  it('extends the chosen sentence to the consecutive section sentences around it', () => {
    const run = sectionRun([sentences[2]!], section, sentences, 6);
    expect(run.spans.map((s) => s.start)).toEqual([10, 20, 30]);
    expect(run.more).toBe(0);
  });

  it('keeps the chosen sentence first when the run is cut, and counts the rest', () => {
    const run = sectionRun([sentences[3]!], section, sentences, 2);
    expect(run.spans.map((s) => s.start)).toEqual([10, 30]);
    expect(run.more).toBe(1);
  });
});

describe('list and "what" kinds of a question', () => {
  const kind = (s: string) => listAsk(parseQuestion(s));
  it.each([
    ['Những huyện, thị xã nào tổ chức hội nghị giao ban 9 tháng năm 2022?', 'places'],
    ['Which districts held nine-month reviews in 2024?', 'places'],
    ['Thường trực Tỉnh ủy đã làm việc với Ban Thường vụ những huyện, thị xã nào?', 'places'],
    ['kim bang giao ban quy 2 2022 nhung xa nao can ho tro nuoc sinh hoat', 'items'],
    ['Những cơ quan nào được giao nhiệm vụ tại hội nghị sơ kết năm 2023 của tỉnh Nam Định?', 'items'],
    ['Những xã nào của huyện Kỳ Anh cần được hỗ trợ?', 'items'],
    ['List the tasks set at the Kim Bang Q2 2022 briefing.', 'items'],
    ['Hội nghị giao ban quý II của Huyện ủy Kim Bảng bàn về nội dung gì?', 'open'],
    ['What was discussed at the Kim Bang working session?', 'open'],
  ])('%s → %s', (q, k) => expect(kind(q)).toBe(k));

  it('a "cơ quan nào" question asks no "quận", and a plain role question no list', () => {
    expect(kind('Những cơ quan nào được giao nhiệm vụ tại hội nghị?')).toBe('items');
    expect(kind('Ai chủ trì hội nghị giao ban quý I năm 2021 của Huyện ủy Kim Bảng?')).toBeNull();
  });
});

describe('the lead answers an open "what"', () => {
  it('is the first opening sentence that announces the meeting', () => {
    const body =
      'Tiếp tục đổi mới phương thức lãnh đạo. Sáng 3/4, Huyện ủy X tổ chức hội nghị giao ban quý I, triển khai nhiệm vụ quý II. Các đại biểu thảo luận.';
    const line = leadLine(body);
    expect(line && text(body, line.quote)).toBe(
      'Sáng 3/4, Huyện ủy X tổ chức hội nghị giao ban quý I, triển khai nhiệm vụ quý II.',
    );
  });
});

describe('"was it held" reads the meeting name the question gives, not a topic list', () => {
  it('the words after the meeting kind name the meeting', () => {
    expect(
      asksMeetingHeld(
        parseQuestion('Huyện ủy Kim Bảng có tổ chức giao ban công tác dân vận quý I/2021 không?'),
      ),
    ).toBe(true);
  });
  it('a claim about what the meeting did is no question of whether it was held', () => {
    expect(
      asksMeetingHeld(
        parseQuestion('Hội nghị giao ban quý I/2021 của Huyện ủy Kim Bảng có bàn về chuyển đổi số không?'),
      ),
    ).toBe(false);
  });
});

const present = devCorpusPresent('lists-what.test', 'the frozen set');

describe.skipIf(!present)('frozen lists-and-what set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'lists-what' });

  it('answers at least 52 of the 56 questions (35 before lists and "what" answers, 52 after)', async () => {
    const questions = readJsonLines<EvalQuestion>('tests/fixtures/lists-what.jsonl');
    const results = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const s = summarize(results);
    console.info(`lists-what.test: ${s.correct}/${s.total}`);
    expect(s.total).toBe(56);
    expect(s.correct).toBeGreaterThanOrEqual(52);
  }, 300_000);
});
