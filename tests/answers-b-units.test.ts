/**
 * Units of the answer changes for sections, dates, figures and near-misses: question targets read
 * the same in the three phrasings, English words the glossary cannot render, branches of the body
 * a question pins down, and deadline records in their written forms.
 */
import { describe, expect, it } from 'vitest';
import { asksProvinceBody, branchesIn } from '../src/answer/bodies.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { untranslatedWords } from '../src/query/untranslated.ts';
import { extractMeeting } from '../src/records/meeting.ts';
import { splitSentences } from '../src/text/sentences.ts';

const target = (q: string) => parseQuestion(q).target.target;

describe('targets agree across phrasings', () => {
  it.each([
    'Hội nghị Ban Chấp hành Đảng bộ huyện Tam Đường tháng 7/2023 đã biểu quyết thông qua nội dung gì?',
    'hn bch dang bo huyen tam duong thang 7/2023 thong qua cai gi',
    'What did the Tam Duong district Party Executive Committee adopt at its July 2023 meeting?',
  ])('%s → the decisions', (q) => {
    expect(target(q)).toEqual({ kind: 'section', section: 'decision' });
  });

  it.each([
    'Nhiệm vụ trọng tâm 6 tháng cuối năm 2023 của huyện Tam Đường là gì?',
    'nv trong tam 6 thang cuoi nam 2023 cua h tam duong la gi',
    'What are the key tasks of Tam Duong district for the last six months of 2023?',
  ])('%s → the tasks', (q) => {
    expect(target(q)).toEqual({ kind: 'section', section: 'task' });
  });

  it('qualifiers before the English noun are skipped, a list of meetings stays a list', () => {
    expect(target('What were the main achievements of Tam Duong district in 2023?')).toEqual({
      kind: 'section',
      section: 'result',
    });
    expect(target('Which meetings approved the plan in 2023?')).toEqual({ kind: 'open' });
  });

  it.each([
    'What is the deadline for Tam Duong district to issue land use certificates?',
    'By what date must the task set at the meeting be finished?',
    'Thời hạn hoàn thành việc cấp giấy chứng nhận là ngày nào?',
  ])('%s → a deadline', (q) => {
    expect(target(q)).toEqual({ kind: 'date', deadline: true });
  });

  it('an English "what is the total/rate" asks a figure', () => {
    expect(target('What is the total of Party members of the district?')).toEqual({
      kind: 'figure',
      figure: 'total',
    });
  });
});

describe('English words the glossary cannot render', () => {
  it('names, time words and function words are not content', () => {
    expect(untranslatedWords(parseQuestion('What is the total tea area of Tam Duong district?'))).toEqual([
      'tea',
      'area',
    ]);
    expect(
      untranslatedWords(parseQuestion('Which briefings did Luc Van Khoi chair, and on what dates?')),
    ).toEqual([]);
    expect(untranslatedWords(parseQuestion('Tổng diện tích chè là bao nhiêu?'))).toEqual([]);
  });
});

describe('bodies a question pins down', () => {
  it('a branch named as the meeting, not inside a title', () => {
    expect([...branchesIn('Kỳ họp HĐND huyện Tam Đường thông qua gì?', true)]).toEqual(['council']);
    expect([...branchesIn("the 9th session of the Ninh Hoa town People's Council", true)]).toEqual([
      'council',
    ]);
    expect([...branchesIn('Chủ tịch UBND huyện chủ trì hội nghị nào?', true)]).toEqual([]);
    expect([...branchesIn('Phó Chủ tịch Thường trực UBND huyện chủ trì gì?', true)]).toEqual([]);
  });

  it('a province-level body', () => {
    expect(asksProvinceBody('Tỉnh ủy Hà Giang giao ban quý III, ai chủ trì?')).toBe(true);
    expect(asksProvinceBody('tinh uy ha giang giao ban q3 ai chu tri')).toBe(true);
    expect(asksProvinceBody('Huyện ủy Yên Minh, tỉnh Hà Giang giao ban quý III')).toBe(false);
    expect(asksProvinceBody('Bí thư Tỉnh ủy chủ trì hội nghị nào?')).toBe(true);
  });
});

describe('deadline records', () => {
  const deadlines = (body: string) =>
    extractMeeting(
      {
        title: 'Hội nghị',
        body,
        published: null,
        facts: { meetingDates: ['2023-07-12'], periods: [], chairs: [] } as never,
      },
      splitSentences(body),
    ).deadlines.map((d) => d.date);

  it.each([
    ['Thời hạn hoàn thành việc gửi báo cáo sơ kết về cơ quan thường trực là ngày 24/8/2023.', '2023-08-24'],
    ['Người chủ trì giao hạn chót đến ngày 26/9/2023 để nộp kế hoạch chi tiết.', '2023-09-26'],
    ['Các đơn vị phải hoàn thành trước ngày 30/9/2023.', '2023-09-30'],
  ])('%s → %s', (body, date) => {
    expect(deadlines(body)).toEqual([date]);
  });
});
