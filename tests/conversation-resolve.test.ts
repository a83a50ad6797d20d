/**
 * Resolving follow-ups on text (src/engine/conversation.ts): which messages inherit what, what a
 * swapped follow-up must land on, and the session keeping the clarifying answer's context for a tap.
 * Places and bodies are the seeds' and the shared corpus's kind, but nothing here depends on an index.
 */
import { describe, expect, it } from 'vitest';
import { rememberAnswer } from '../src/conversation/session.ts';
import { type Frame, type LandingDoc, landsOn, resolveFollowUp } from '../src/engine/conversation.ts';
import type { Answer, ConversationContext } from '../src/engine/types.ts';
import { parseQuestion } from '../src/query/parse.ts';

function frameFor(q: string, docIds = ['d1'], persons: string[] = []): Frame {
  return { q, lang: parseQuestion(q).lang, persons, docIds };
}

function resolve(previous: string, followUp: string, frame: Frame = frameFor(previous)) {
  return resolveFollowUp(parseQuestion(followUp), frame, parseQuestion(previous));
}

const PREV_BAO_YEN = 'Huyện ủy Bảo Yên giao ban quý I năm 2023 do ai chủ trì?';

describe('resolveFollowUp', () => {
  it('a new period keeps the place and target, and must land on that period', () => {
    const r = resolve(PREV_BAO_YEN, 'Còn 9 tháng năm 2022 thì sao?');
    expect(r.text).toBe('Huyện ủy Bảo Yên giao ban do ai chủ trì 9 tháng năm 2022?');
    expect(r.onlyDocs).toBeUndefined();
    expect(r.expect).toEqual({ periods: ['2022-9M'], years: [], places: [] });
  });

  it('"the year before" moves the period by a year, keeping its kind', () => {
    const r = resolve(PREV_BAO_YEN, 'and the year before?');
    expect(r.text).toBe('Huyện ủy Bảo Yên giao ban do ai chủ trì quý I năm 2022?');
    expect(r.expect?.periods).toEqual(['2022-Q1']);
  });

  it('a body replaces the previous body with its place', () => {
    const r = resolve(
      'Cuộc họp sơ kết 6 tháng đầu năm 2023 của Ban Chỉ đạo 35 tỉnh Gia Lai do ai chủ trì?',
      'Còn Ban Chỉ đạo chuyển đổi số tỉnh Thái Bình thì sao?',
    );
    expect(r.text).toBe(
      'Cuộc họp sơ kết 6 tháng đầu năm 2023 của Ban Chỉ đạo chuyển đổi số tỉnh Thái Bình do ai chủ trì?',
    );
    expect(r.expect?.places).toEqual(['Thái Bình']);
  });

  it('"quý đó" / "huyện đó" refer to the meeting in context: pinned to it, answered as asked', () => {
    const r = resolve(PREV_BAO_YEN, 'Quý đó huyện kết nạp bao nhiêu đảng viên mới?');
    expect(r.onlyDocs).toEqual(['d1']);
    expect(r.pinned).toBe('Quý đó huyện kết nạp bao nhiêu đảng viên mới?');
    expect(r.text).toBe(
      'Quý đó huyện kết nạp bao nhiêu đảng viên mới giao ban Huyện ủy Bảo Yên quý I năm 2023',
    );
  });

  it('a question with content of its own about "hội nghị đó" is a new target, not the previous question again', () => {
    const r = resolve(
      'Thị ủy Ba Đồn giao ban quý III năm 2020 vào ngày nào vậy?',
      'Tại hội nghị đó Bí thư Thị ủy yêu cầu xử lý nghiêm loại vi phạm nào?',
    );
    expect(r.pinned).toBe('Tại hội nghị đó Bí thư Thị ủy yêu cầu xử lý nghiêm loại vi phạm nào?');
    expect(r.onlyDocs).toEqual(['d1']);
  });

  it('a new target with its own period inherits the place only, and must land on that place', () => {
    const r = resolve(
      'Cho hỏi giao ban 9 tháng 2022 của Ban Thường vụ Huyện ủy Chiêm Hóa thì đồng chí nào chủ trì?',
      'Quý I năm 2024 thì ai chủ trì?',
    );
    expect(r.text).toBe('quý I năm 2024 thì ai chủ trì giao ban Huyện ủy Chiêm Hóa');
    expect(r.onlyDocs).toBeUndefined();
    expect(r.expect).toEqual({ places: ['Chiêm Hóa'], periods: [], years: [] });
  });

  it('a period without its year that is the one in context stays on that meeting', () => {
    const r = resolve(
      'Who chaired the Q3 2021 briefing of the Quỳnh Phụ district Party Committee?',
      'How many party members were admitted in the first nine months?',
    );
    expect(r.onlyDocs).toEqual(['d1']);
    expect(r.pinned).toBe('How many party members were admitted in the first nine months?');
    // Another quarter of the same year is another meeting.
    const q2 = resolve(
      'Who chaired the Q3 2021 briefing of the Quỳnh Phụ district Party Committee?',
      'Who chaired it in Q2?',
    );
    expect(q2.onlyDocs).toBeUndefined();
  });

  it('"ông ấy" is the person in context; the question\'s own period replaces the carried one', () => {
    const prev =
      'Hội nghị giao ban công tác xây dựng Đảng 9 tháng năm 2022 của Huyện ủy Bảo Yên do ai chủ trì?';
    const r = resolve(
      prev,
      'Có phải ông ấy cũng chủ trì giao ban quý I năm 2023 không?',
      frameFor(prev, ['d1'], ['Lục Văn Khởi']),
    );
    expect(r.text).toBe('Có phải Lục Văn Khởi cũng chủ trì giao ban quý I năm 2023 không Huyện ủy Bảo Yên');
    expect(r.text).not.toContain('2022');
  });

  it('a complete question of its own, or a list, starts over', () => {
    expect(resolve(PREV_BAO_YEN, 'Thị ủy An Khê giao ban quý I năm 2024 vào ngày nào?')).toEqual({
      text: 'Thị ủy An Khê giao ban quý I năm 2024 vào ngày nào?',
      understood: null,
    });
    expect(resolve(PREV_BAO_YEN, 'Liệt kê các hội nghị giao ban quý I năm 2024.').onlyDocs).toBeUndefined();
    expect(resolve(PREV_BAO_YEN, 'Liệt kê các hội nghị giao ban quý I năm 2024.').expect).toBeUndefined();
  });
});

describe('landsOn', () => {
  const doc = (text: string, periods: string[], dates: string[] = []): LandingDoc => ({
    text,
    periods,
    dates,
  });

  it('needs each new place in the article and a meeting of the new period or year', () => {
    const baoYen9M = doc('Bảo Yên: Giao ban 9 tháng năm 2022', ['2022-9M'], ['2022-09-28']);
    expect(landsOn({ periods: ['2022-9M'], years: [], places: ['Bảo Yên'] }, baoYen9M)).toBe(true);
    expect(landsOn({ periods: ['2022-Q1'], years: [], places: [] }, baoYen9M)).toBe(false);
    expect(landsOn({ periods: [], years: [], places: ['La Gi'] }, baoYen9M)).toBe(false);
    // A quarterly briefing of the third quarter reports the nine months.
    expect(landsOn({ periods: ['2022-Q3'], years: [], places: [] }, baoYen9M)).toBe(true);
    expect(landsOn({ periods: [], years: [2021], places: [] }, doc('tổng kết năm 2020', ['2020']))).toBe(
      false,
    );
    // Nothing known of the meeting's time: nothing contradicts it.
    expect(landsOn({ periods: ['2022-Q1'], years: [], places: [] }, doc('x', []))).toBe(true);
  });
});

describe('rememberAnswer', () => {
  it("keeps the clarifying answer's context for a tap (it knows what each option stands for)", () => {
    const before: ConversationContext = { v: 1, frame: { q: 'a' }, docIds: ['d0'] };
    const offered: ConversationContext = {
      v: 1,
      frame: { q: 'b', choices: ['d1', 'd2'] },
      docIds: ['d1', 'd2'],
    };
    const answer: Answer = {
      question: 'Ai chủ trì?',
      answered: true,
      answer: '…',
      citations: [],
      passages: [],
      timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
      context: offered,
      clarify: { prompt: 'Bạn hỏi về cuộc họp nào?', options: [{ label: 'A', choice: '1' }] },
    };
    const session = { context: before, pending: null };
    rememberAnswer(session, answer, { question: 'Ai chủ trì?', context: before, pendingId: () => 'p' });
    expect(session).toEqual({
      context: offered,
      pending: { id: 'p', question: 'Ai chủ trì?', context: offered, options: [{ label: 'A', choice: '1' }] },
    });
  });
});
