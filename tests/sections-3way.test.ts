import { describe, expect, it } from 'vitest';
import { heldBranchesIn } from '../src/answer/bodies.ts';
import { type EvalQuestion, scoreAnswer } from '../src/eval/score.ts';
import { parseQuestion } from '../src/query/parse.ts';
import { findRoleHits } from '../src/records/roles.ts';
import { extractSections } from '../src/records/sections.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

/** A line of tests/fixtures/sections-3way.jsonl: the split and the group ride along. */
interface SectionQuestion extends EvalQuestion {
  split: 'dev' | 'frozen';
  group: string;
}

const asked = (q: string) => {
  const t = parseQuestion(q).target.target;
  return t.kind === 'section' ? t.section : t.kind;
};

describe('the asked section is read from the verb whose object the question word is', () => {
  it.each([
    ['Bí thư Thị ủy La Gi đề nghị UBND thị xã tập trung những gì khi kết luận hội nghị?', 'directive'],
    ['Bí thư Huyện ủy Quỳnh Phụ yêu cầu các cấp ủy, chính quyền những gì?', 'directive'],
    ['Hội nghị Ban Chấp hành Đảng bộ thị xã Sa Pa đã biểu quyết thông qua nghị quyết gì?', 'decision'],
    ['bao yen giao ban quy 1 2023 ban dan van HU dc giao j', 'directive'],
    ['hn giao ban quy 2 kim bang ket luan j', 'directive'],
    [
      'What did the Vi Xuyen district party secretary require in his conclusion of the briefing?',
      'directive',
    ],
    [
      'What was the Bao Yen district Mass Mobilisation Board asked to do at the Q1 2023 briefing?',
      'directive',
    ],
    ['What resolution did the Sa Pa town party executive committee pass at its review?', 'decision'],
    [
      'What did the Tuy Phong district party secretary ask for when concluding the Q2 2022 briefing?',
      'directive',
    ],
    ['ngoc hoi quy 4 2024 nv trong tam la j', 'task'],
  ])('%s → %s', (q, kind) => expect(asked(q)).toBe(kind));

  it('a section word inside a name is still no section asked, nor a figure word in "what was X about"', () => {
    expect(asked('Nghị quyết nhiệm vụ năm 2021 có chủ đề là gì?')).toBe('open');
    expect(asked('What was the Ke Sach national target programmes steering committee meeting about?')).toBe(
      'open',
    );
  });

  it('"when" opening a clause after another question word asks no time; a "when" question still does', () => {
    expect(
      parseQuestion('What did the secretary ask for when concluding the briefing?').asks.has('when'),
    ).toBe(false);
    expect(parseQuestion('When did the Tuy Phong district hold its Q2 briefing?').asks.has('when')).toBe(
      true,
    );
  });

  it('a period without its year takes the year its sibling periods share', () => {
    expect(parseQuestion('Giao ban 9 tháng năm 2023 đề ra nhiệm vụ gì trong quý IV?').time.periods).toEqual([
      '2023-9M',
      '2023-Q4',
    ]);
  });
});

describe("a body's proposals to a higher level are their own section", () => {
  const kinds = (body: string) =>
    extractSections(body, splitSentences(body), { roleHits: [], figureSentences: new Set() }).map(
      (r) => r.kind,
    );

  it('a proposal verb before a higher level (or a colon) is a proposal; a staffing "đề xuất" is none', () => {
    expect(
      kinds('Hội nghị khai mạc. Huyện X đề xuất tỉnh quan tâm hỗ trợ kinh phí sửa chữa trường học.'),
    ).toEqual(['proposal']);
    expect(kinds('Hội nghị khai mạc. Lãnh đạo thị xã kiến nghị: đầu tư kè chống sạt lở.')).toEqual([
      'proposal',
    ]);
    expect(kinds('Hội nghị khai mạc. Ban Tổ chức thẩm định hồ sơ, đề xuất điều động 12 cán bộ.')).toEqual([]);
  });

  it('the sentence announcing who presented the report is no section (not a task, not a result)', () => {
    const body =
      'Sáng 18/7, HĐND huyện X tổ chức kỳ họp. Tại kỳ họp, đồng chí Trần Văn A, Phó Chủ tịch UBND huyện trình bày báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm.';
    const sentences = splitSentences(body);
    const roleHits = findRoleHits(body, sentences);
    expect(roleHits.some((r) => r.role === 'presenter')).toBe(true);
    expect(extractSections(body, sentences, { roleHits, figureSentences: new Set() })).toEqual([]);
  });

  it.each([
    ['Huyện Minh Hóa đề xuất tỉnh những gì tại buổi làm việc?', 'proposal'],
    ['vinh chau lam viec thuong truc TU 2019 kien nghi j', 'proposal'],
    ['What did Vinh Chau town leaders request from the province at the working session?', 'proposal'],
    ['What did the provincial standing committee agree to at the working session?', 'decision'],
  ])('%s → %s', (q, kind) => expect(asked(q)).toBe(kind));
});

describe('a body a direction is addressed to is not the body that met', () => {
  it.each([
    ['Tại kỳ họp thứ 14 HĐND huyện Hải Lăng, Bí thư Huyện ủy yêu cầu UBND huyện làm gì?', ['council']],
    ["What did the secretary ask the town People's Committee to focus on?", []],
    ['UBND huyện Kế Sách họp ngày nào?', ['government']],
  ])('%s → %j', (q, branches) => expect([...heldBranchesIn(q)]).toEqual(branches));
});

const present = devCorpusPresent('sections-3way.test', 'the frozen sections set');

describe.skipIf(!present)('frozen three-phrasings sections set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'sections-3way', extra: ['eval/robustness/corpus'] });

  it('answers ≥ 104/106 of the dev half and ≥ 102/106 of the frozen half (76 and 78 before; 103 and 101 until "ct mtqg" was read as the programme)', async () => {
    const questions = readJsonLines<SectionQuestion>('tests/fixtures/sections-3way.jsonl');
    const correct = { dev: 0, frozen: 0 };
    let noneAnswered = 0;
    for (const q of questions) {
      const r = scoreAnswer(q, await engine().ask(q.q));
      if (r.correct) correct[q.split]++;
      if (q.type === 'none' && r.answered) noneAnswered++;
    }
    console.info(
      `sections-3way.test: dev ${correct.dev}/106, frozen ${correct.frozen}/106, none answered ${noneAnswered}/14`,
    );
    expect(questions).toHaveLength(212);
    expect(correct.dev).toBeGreaterThanOrEqual(104);
    expect(correct.frozen).toBeGreaterThanOrEqual(102);
    expect(noneAnswered).toBeLessThanOrEqual(1);
  }, 300_000);
});
