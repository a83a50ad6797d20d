/**
 * A frozen question set for sections, dates, figures and near-miss unanswerables
 * (tests/fixtures/answers-b-questions.jsonl), written before the answer changes it measures: 16 facts
 * each asked formally, in chat shorthand without diacritics and in English, over two raw-style
 * articles written for it (tests/fixtures/answers-b: a district Party committee's half-year review, a
 * town council session) and one dev article, plus 15 near-misses (wrong year, quarter, district,
 * session, a body that did not meet, a person who never appears) that must not be answered. The
 * seeds and the dev corpus are indexed beside them as distractors. Floors are the measured scores.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import type { Engine } from '../src/engine/types.ts';
import { type EvalQuestion, type EvalResult, scoreAnswer } from '../src/eval/score.ts';

const CORPUS = resolve('../shared/eval/corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`answers-b.test: ${CORPUS} is absent, skipping the set`);

interface GroupedQuestion extends EvalQuestion {
  /** The fact asked (three phrasings share one); absent for near-misses. */
  group?: string;
}

const TAM_DUONG = 'td1_5c7e9a1b3d2f4e60';

let tmp: string;
let engine: Engine;

describe.skipIf(!present)('sections, dates, figures and near-misses (frozen set)', () => {
  const questions = readFileSync('tests/fixtures/answers-b-questions.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GroupedQuestion);
  const results = new Map<string, EvalResult>();

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'answers-b-'));
    const seeds = join(tmp, 'seeds');
    for (const d of [resolve('seeds'), CORPUS, resolve('tests/fixtures/answers-b')])
      await cp(d, seeds, { recursive: true });
    const config = { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(tmp, 'index') };
    engine = await createEngine(config, { embedder: null, logger: { info() {}, warn() {} } });
    for (const q of questions) results.set(q.id, scoreAnswer(q, await engine.ask(q.q)));
  }, 300_000);
  afterAll(async () => {
    await engine?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('answers the answerable questions, none confidently wrong beyond the floor', () => {
    const answerable = questions.filter((q) => q.type !== 'none').map((q) => results.get(q.id)!);
    const correct = answerable.filter((r) => r.correct).length;
    const wrong = answerable.filter((r) => r.answered && !r.correct).length;
    console.info(`answers-b.test: ${correct}/${answerable.length} answerable, ${wrong} answered but wrong`);
    // Measured 46/48 and 0 (41/48 and 5 before the answer changes of this set's branch).
    expect(correct).toBeGreaterThanOrEqual(46);
    expect(wrong).toBe(0);
  });

  it('answers no near-miss', () => {
    const nones = questions.filter((q) => q.type === 'none').map((q) => results.get(q.id)!);
    const answered = nones.filter((r) => r.answered).map((r) => r.id);
    console.info(`answers-b.test: near-misses answered ${answered.length}/${nones.length} ${answered}`);
    // Measured 0 (1 before: a council session asked, a Party committee's review answered).
    expect(answered).toEqual([]);
  });

  it('the three phrasings of a fact agree', () => {
    const groups = new Map<string, boolean[]>();
    for (const q of questions) {
      if (!q.group) continue;
      groups.set(q.group, [...(groups.get(q.group) ?? []), results.get(q.id)!.correct]);
    }
    const agree = [...groups.values()].filter((g) => g.every((v) => v === g[0])).length;
    console.info(`answers-b.test: phrasings agree in ${agree}/${groups.size} facts`);
    // Measured 14/16 (11/16 before); the two left are English questions whose subject the
    // glossary cannot render ("tea area"), which abstain.
    expect(agree).toBeGreaterThanOrEqual(14);
  });

  it('a near-miss names what is not met and shows the closest article as such', async () => {
    const a = await engine.ask('Hội nghị sơ kết quý III/2023 của huyện Tam Đường diễn ra ngày nào?');
    expect(a.answered).toBe(false);
    expect(a.answer.startsWith('Các bài không nói về quý III năm 2023; gần nhất là:')).toBe(true);
    expect(a.citations.map((c) => c.docId)).toEqual([TAM_DUONG]);
    const b = await engine.ask('Kỳ họp HĐND huyện Tam Đường giữa năm 2023 thông qua những nghị quyết nào?');
    expect(b.answered).toBe(false);
    // Two articles are one constraint short: Tam Đường's (not the HĐND) and Ninh Hòa's HĐND session
    // (not Tam Đường). Either may be the closest; the reply names what the cited one does not meet.
    const unmet = b.citations[0]?.docId === TAM_DUONG ? 'HĐND' : 'Tam Đường';
    expect(b.citations).toHaveLength(1);
    expect(b.answer.startsWith(`Các bài không nói về ${unmet}; gần nhất là:`)).toBe(true);
    const c = await engine.ask('Kỳ họp thứ 8 HĐND thị xã Ninh Hòa đã thông qua những gì?');
    expect(c.answer.startsWith('Các bài không nói về lần thứ 8; gần nhất là:')).toBe(true);
  });

  it('a deadline is not the meeting date, and the meeting date is not a later session', async () => {
    const a = await engine.ask("When was the 9th session of the Ninh Hoa town People's Council held?");
    expect(a.answer).toContain('20/12/2023');
    expect(a.answer).not.toContain('15/3/2024');
    const b = await engine.ask('tam duong cap giay chung nhan qsd dat cho ho tai dinh cu han chot ngay nao');
    expect(b.answer).toContain('30/9/2023');
    expect(b.answer).not.toContain('Ngày: 12/7/2023');
  });
});
