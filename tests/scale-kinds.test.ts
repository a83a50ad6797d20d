/**
 * The frozen scale-kinds set: synthetic articles at the 100k benchmark's density, where one place and
 * period holds meetings of several bodies (Party committee, People's Committee, steering boards, task
 * forces, councils, a provincial working session). A question names one body's meeting and must be
 * answered from it, never from another body's meeting of the same place and period; a near-miss names
 * a body of the place that did not meet that year and must not be answered. Dev half: odd groups;
 * frozen half: even groups (scripts/scale-kinds-fixture.ts wrote the set before any code).
 */
import { describe, expect, it } from 'vitest';
import { askedBody, otherBody } from '../src/answer/bodies.ts';
import { type EvalQuestion, scoreAnswer, summarize } from '../src/eval/score.ts';
import type { MeetingRecord } from '../src/records/types.ts';
import { devCorpusPresent, readJsonLines, useEvalEngine } from './helpers/eval-engine.ts';

const present = devCorpusPresent('scale-kinds.test', 'the frozen set');

/**
 * Measured 2026-12-02 (keyword-only): dev 23/27, frozen 30/30, 0 of 15 near-misses answered (main: 16/27,
 * 20/30, 13 answered). The dev misses were English body names the glossary could not render; with the
 * fields of bodies in the glossary (branch s6-scale, load ≈ 12): dev 27/27, frozen 30/30, 0 answered.
 */
const FLOOR = { dev: 27, frozen: 30, nearMissAnswered: 0 };

describe.skipIf(!present)('frozen scale-kinds set (keyword-only)', () => {
  const engine = useEvalEngine({ prefix: 'scale-kinds', extra: ['tests/fixtures/scale-kinds'] });

  it('answers from the body asked and not from another body of the same place and period', async () => {
    const questions = readJsonLines<EvalQuestion & { group: string }>('tests/fixtures/scale-kinds.jsonl');
    const results: (ReturnType<typeof scoreAnswer> & { group: string })[] = [];
    for (const q of questions) results.push({ ...scoreAnswer(q, await engine().ask(q.q)), group: q.group });
    const half = (odd: boolean) => results.filter((r) => Number(r.group.slice(2, 4)) % 2 === (odd ? 1 : 0));
    const dev = summarize(half(true));
    const frozen = summarize(half(false));
    const all = summarize(results);
    const missed = results.filter((r) => !r.correct).map((r) => r.id);
    console.info(
      `scale-kinds.test: dev ${dev.correct}/${dev.total}, frozen ${frozen.correct}/${frozen.total}, near-misses answered ${all.noneAnswered} (missed ${missed.join(', ')})`,
    );
    expect(questions).toHaveLength(57);
    expect(dev.correct).toBeGreaterThanOrEqual(FLOOR.dev);
    expect(frozen.correct).toBeGreaterThanOrEqual(FLOOR.frozen);
    expect(all.noneAnswered).toBeLessThanOrEqual(FLOOR.nearMissAnswered);
  }, 300_000);
});

const meeting = (orgName: string | null, counterpart: string | null = null): MeetingRecord =>
  ({ orgName, counterpart }) as MeetingRecord;

describe('the body a one-meeting question names', () => {
  it.each([
    ['Ban Chỉ đạo phát triển du lịch huyện X họp quý II do ai chủ trì?', 'steering', 'phat trien du lich'],
    ['ban chi dao phat trien du lich huyen x hop q2 ai chu tri', 'steering', 'phat trien du lich'],
    ['Who chaired the meeting of the Tourism Development Steering Board of X district?', 'steering', null],
    ['Cuộc họp Ban Chỉ đạo 32 hồi tháng 6/2022 do đồng chí nào chủ trì?', 'steering', '32 hoi'],
    ['Who presented the report of the Land Clearance Council of X district?', 'board', null],
    ['UBND huyện X họp quý I do ai chủ trì?', 'government', null],
    ['Kỳ họp HĐND huyện X diễn ra ngày nào?', 'council', null],
  ])('%s → %s %s', (q, family, name) => {
    expect(askedBody(q)).toMatchObject({ family, name });
  });

  it('names no body inside a person title or where none is named', () => {
    expect(askedBody('Chủ tịch UBND huyện X chủ trì cuộc họp nào?')).toBeNull();
    expect(askedBody('Cuộc họp quý I ở X do ai chủ trì?')).toBeNull();
  });

  it("refuses another body's meeting, keeps the body's own and unknown ones", () => {
    const du = askedBody('Ban Chỉ đạo phát triển du lịch huyện X họp quý II do ai chủ trì?')!;
    expect(otherBody(du, meeting('UBND huyện X'))).toBe(true);
    expect(otherBody(du, meeting('Ban Chỉ đạo giảm nghèo bền vững huyện X'))).toBe(true);
    expect(otherBody(du, meeting('Ban Chỉ đạo phát triển du lịch huyện X'))).toBe(false);
    expect(otherBody(du, meeting(null))).toBe(false);
    const b32 = askedBody('Cuộc họp Ban Chỉ đạo 32 hồi tháng 6/2022 do đồng chí nào chủ trì?')!;
    expect(otherBody(b32, meeting('Ban Chỉ đạo 32'))).toBe(false);
    const party = askedBody('Huyện ủy X giao ban quý I do ai chủ trì?')!;
    expect(otherBody(party, meeting('Thường trực Tỉnh ủy', 'Huyện ủy X'))).toBe(false);
    expect(otherBody(party, meeting('Hội đồng bồi thường, hỗ trợ và tái định cư huyện X'))).toBe(true);
  });
});
