import { describe, expect, it } from 'vitest';
import { unstatedAct } from '../src/answer/acts.ts';
import { askedTitle, askedTitleOf } from '../src/answer/titles.ts';
import { type EvalQuestion, type EvalResult, scoreAnswer } from '../src/eval/score.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const present = devCorpusPresent('near-miss-3.test', 'the third near-miss set and the roles set');

/** A question of the two frozen sets: split by group, odd groups tuned on ('dev'), even ones held out. */
type Question = EvalQuestion & { half: 'dev' | 'frozen' };

/**
 * Frozen sets of issue 10 (tests/fixtures/near-miss-3.jsonl, roles-3way.jsonl), keyword-only over
 * the seeds, the dev corpus and the robustness articles. Near-miss kinds the first two sets lack: a
 * day or month that does not match, a session or plenum number, an organisation kind, a title
 * holder the articles do not name, a role not stated, a figure never measured, tổng kết vs sơ kết,
 * a place not in the articles, 2025-merged provinces, an event after the article, who replaced /
 * why. Roles: presenters, concluders, attendees, title holders and heads of delegation, each asked
 * formally, in chat and in English.
 */
const NEAR_MISS_CONTROLS = 55;
const NEAR_MISSES = 60;
const ROLE_QUESTIONS = 81;
/**
 * Measured (2026-12-02, this branch): near-miss-3 controls 53/55 (dev 27/28, frozen 26/27),
 * near-misses answered 5/60 (dev 4/29, frozen 1/31); roles 72/81 (dev 36/42, frozen 36/39), 3
 * answered wrongly. On main 0643eed: 50/55, 19/60 answered; roles 49/81, 20 answered wrongly.
 * Floors raised to main's measurement of 2026-12-03 (tenth session, English counted nouns):
 * controls 54/55, near-misses answered 3/60 (dev 3/29, frozen 0/31), roles 75/81 (1 answered wrongly).
 * Eleventh session (a department's head asked in English, "Who headed the … Propaganda
 * Commission"): roles 76/81 (dev 37/42, frozen 39/39), none answered wrongly; with a person named
 * by a Party department ("Lãnh đạo Ban Tổ chức Tỉnh ủy nào", "Which provincial Party Organisation
 * Commission official"): roles 81/81.
 */
const CONTROLS_CORRECT = 54;
const NEAR_MISSES_ANSWERED = 3;
const ROLES_CORRECT = 81;
const ROLES_WRONG = 0;

function tally(results: readonly EvalResult[], questions: readonly Question[]): string {
  const half = new Map(questions.map((q) => [q.id, q.half]));
  return (['dev', 'frozen'] as const)
    .map((h) => {
      const rs = results.filter((r) => half.get(r.id) === h);
      const controls = rs.filter((r) => r.type !== 'none');
      const misses = rs.filter((r) => r.type === 'none');
      return `${h}: ${controls.filter((r) => r.correct).length}/${controls.length} correct, ${misses.filter((r) => r.answered).length}/${misses.length} near-misses answered`;
    })
    .join('; ');
}

describe('post titles and acts asked', () => {
  it('reads the post a who-question asks about, title first or last, in either language', () => {
    expect(askedTitle('Chủ tịch UBND huyện Tủa Chùa là ai?')).toBe('chu tich ubnd huyen');
    expect(askedTitle('ct ubnd huyen tua chua la ai')).toBeNull(); // chat shorthand is spelt out before
    expect(askedTitle('chu tich ubnd huyen tua chua la ai')).toBe('chu tich ubnd huyen');
    expect(askedTitle('Năm 2024, ai là Phó Bí thư Thường trực Huyện ủy Chiêm Hóa?')).toBe(
      'pho bi thu thuong truc huyen uy',
    );
    expect(askedTitle('Trưởng Ban Tuyên giáo Tỉnh ủy Gia Lai năm 2023 là ai?')).toBe(
      'truong ban tuyen giao tinh uy',
    );
    expect(askedTitleOf('Who is the Party secretary of Cho Don district?', 'en')).toBe('bi thu huyen uy');
    expect(askedTitleOf("Who is the chairwoman of the An Khe town People's Committee?", 'en')).toBe(
      'chu tich ubnd thi xa',
    );
    expect(askedTitleOf('Who chaired the Ngoc Hoi district briefing?', 'en')).toBeNull();
  });

  it('asks the quote to state a replacement, an election or a cause, matched as written', () => {
    expect(
      unstatedAct('Ai thay đồng chí X làm Bí thư?', 'Đồng chí X chủ trì hội nghị.', 'vi'),
    ).not.toBeNull();
    expect(unstatedAct('ai thay dc X lam bi thu', 'Đồng chí X chủ trì hội nghị.', 'vi')).not.toBeNull();
    expect(unstatedAct('Vì sao giải ngân chậm?', 'Giải ngân chậm do vướng mặt bằng.', 'vi')).toBeNull();
    expect(unstatedAct('Vì sao giải ngân chậm?', 'Hội nghị do đồng chí X chủ trì.', 'vi')).not.toBeNull();
    // "cho thấy" is no replacement, typed with or without diacritics; "thay mặt" neither.
    expect(unstatedAct('Báo cáo cho thấy những hạn chế gì?', 'Hạn chế là …', 'vi')).toBeNull();
    expect(unstatedAct('bao cao cho thay han che gi', 'Hạn chế là …', 'vi')).toBeNull();
    expect(unstatedAct('Ai thay mặt Ban Thường vụ phát biểu?', 'Đồng chí X phát biểu.', 'vi')).toBeNull();
  });
});

describe.skipIf(!present)('frozen near-miss set 3 and roles set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'near-miss-3', extra: ['eval/robustness/corpus'] });

  it(`near-misses: controls ≥ ${CONTROLS_CORRECT}, at most ${NEAR_MISSES_ANSWERED} near-misses answered`, async () => {
    const questions = readJsonLines<Question>('tests/fixtures/near-miss-3.jsonl');
    const results: EvalResult[] = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const controls = results.filter((r) => r.type !== 'none');
    const misses = results.filter((r) => r.type === 'none');
    const correct = controls.filter((r) => r.correct);
    const answered = misses.filter((r) => r.answered);
    console.info(
      `near-miss-3.test: controls ${correct.length}/${controls.length}, near-misses answered ${answered.length}/${misses.length} (${tally(results, questions)}); failed controls: ${controls
        .filter((r) => !r.correct)
        .map((r) => r.id)
        .join(' ')}; answered: ${answered.map((r) => r.id).join(' ')}`,
    );
    expect(controls).toHaveLength(NEAR_MISS_CONTROLS);
    expect(misses).toHaveLength(NEAR_MISSES);
    expect(correct.length).toBeGreaterThanOrEqual(CONTROLS_CORRECT);
    expect(answered.length).toBeLessThanOrEqual(NEAR_MISSES_ANSWERED);
  }, 300_000);

  it(`roles: at least ${ROLES_CORRECT} correct, at most ${ROLES_WRONG} answered wrongly`, async () => {
    const questions = readJsonLines<Question>('tests/fixtures/roles-3way.jsonl');
    const results: EvalResult[] = [];
    for (const q of questions) results.push(scoreAnswer(q, await engine().ask(q.q)));
    const correct = results.filter((r) => r.correct);
    const wrong = results.filter((r) => r.answered && !r.correct);
    console.info(
      `roles-3way.test: ${correct.length}/${results.length} (${tally(results, questions)}); answered wrongly: ${wrong.map((r) => r.id).join(' ')}`,
    );
    expect(results).toHaveLength(ROLE_QUESTIONS);
    expect(correct.length).toBeGreaterThanOrEqual(ROLES_CORRECT);
    expect(wrong.length).toBeLessThanOrEqual(ROLES_WRONG);
  }, 300_000);

  it('a title holder the article does not name is not answered with the meeting chair', async () => {
    const a = await engine().ask('Chủ tịch UBND huyện Đồng Văn là ai?');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/^Chủ trì:/mu);
    const deputy = await engine().ask('Who is the Party secretary of Cho Don district?');
    expect(deputy.answered).toBe(false);
    expect(deputy.answer).not.toContain('Chaired by: Hà Văn Tuyển');
  }, 120_000);
});
