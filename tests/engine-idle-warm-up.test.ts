/**
 * The warm-up the engine runs while idle (src/engine/idle-warm-up.ts): it asks its own questions
 * about the index's headlines only while no question or update is in progress, within its count and
 * time, survives a failing question, and ends when the engine closes; a user's question asked during
 * it is answered as without it.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createEngine } from '../src/engine/create.ts';
import { IdleWarmUp, warmUpQuestions } from '../src/engine/idle-warm-up.ts';
import type { Engine } from '../src/engine/types.ts';
import { parseQuestion } from '../src/query/parse.ts';

const quiet = { info: () => {}, warn: () => {} };

describe('warmUpQuestions', () => {
  const titles = [
    'Huyện ủy Đồng Văn giao ban quý III năm 2021',
    'UBND huyện A họp 6 tháng',
    'Thành ủy B tổng kết năm 2022',
  ];

  it('asks each answer path in turn: role, date, figure, section, chat, English, yes/no', () => {
    const parsed = warmUpQuestions(titles.slice(0, 1), 7).map((q) => parseQuestion(q));
    expect(parsed.map((q) => q.target.target.kind)).toEqual([
      'role',
      'date',
      'figure',
      'section',
      'role',
      'role',
      'open',
    ]);
    expect(parsed[4]?.folded).toBe(true);
    expect(parsed[5]?.lang).toBe('en');
    expect(parsed[6]?.target.yesNo).toBe(true);
  });

  it('spreads over the headlines and gives no more than asked', () => {
    const qs = warmUpQuestions(titles, 3);
    expect(qs).toHaveLength(3);
    for (const t of ['Đồng Văn', 'huyện A', 'Thành ủy B']) expect(qs.some((q) => q.includes(t))).toBe(true);
    expect(warmUpQuestions(titles, 0)).toEqual([]);
    expect(warmUpQuestions(['', '  '], 5)).toEqual([]);
  });
});

describe('IdleWarmUp', () => {
  it('asks at most the count, one at a time', async () => {
    const asked: string[] = [];
    let inFlight = 0;
    let overlap = false;
    const w = new IdleWarmUp(
      {
        ask: async (q) => {
          inFlight++;
          overlap ||= inFlight > 1;
          await new Promise((r) => setTimeout(r, 2));
          asked.push(q);
          inFlight--;
        },
        busy: () => false,
      },
      ['a', 'b', 'c', 'd'],
      { questions: 3 },
    );
    const report = await w.done;
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(overlap).toBe(false);
    expect(report).toMatchObject({ asked: 3, stopped: false });
  });

  it('waits while the engine is busy and goes on when it is not', async () => {
    let busyChecks = 0;
    const asked: number[] = [];
    const w = new IdleWarmUp(
      { ask: async () => void asked.push(busyChecks), busy: () => ++busyChecks <= 4 },
      ['a', 'b'],
      { retryMs: 1 },
    );
    await w.done;
    // The first question waited out four busy looks; the second needed one look.
    expect(asked).toEqual([5, 6]);
  });

  it('survives a failing question and stops at its time budget', async () => {
    let n = 0;
    const w = new IdleWarmUp(
      {
        ask: async () => {
          n++;
          await new Promise((r) => setTimeout(r, 15));
          if (n === 1) throw new Error('boom');
        },
        busy: () => false,
      },
      ['a', 'b', 'c', 'd', 'e', 'f'],
      { budgetMs: 25 },
    );
    const report = await w.done;
    expect(report.asked).toBe(2);
    expect(report.ms).toBeGreaterThanOrEqual(25);
  });

  it('ends on stop() while it waits for a busy engine', async () => {
    const w = new IdleWarmUp({ ask: async () => {}, busy: () => true }, ['a', 'b'], { retryMs: 10_000 });
    await new Promise((r) => setTimeout(r, 5));
    const t0 = performance.now();
    expect(await w.stop()).toEqual({ asked: 0, ms: 0, stopped: true });
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});

describe('engine.warmUpWhenIdle over the seeds', () => {
  let tmp: string;
  let engine: Engine;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'idle-warm-'));
    const seeds = join(tmp, 'seeds');
    await cp(resolve('seeds'), seeds, { recursive: true });
    const config = { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(tmp, 'index') };
    engine = await createEngine(config, { embedder: null, logger: quiet });
  }, 120_000);

  afterAll(async () => {
    await engine?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it("answers a user's question during the warm-up as without it, then finishes the warm-up", async () => {
    const question = 'Ai chủ trì cuộc họp Ban Chỉ đạo 32 ngày 20/6/2022?';
    const before = await engine.ask(question);
    expect(before.answered).toBe(true);
    const warming = engine.warmUpWhenIdle?.({ questions: 6 });
    const during = await engine.ask(question);
    expect(during.answer).toBe(before.answer);
    expect(await warming).toMatchObject({ asked: 6, stopped: false });
    // Asked again, the same warm-up is not started twice.
    expect(await engine.warmUpWhenIdle?.({ questions: 6 })).toMatchObject({ asked: 6 });
  }, 60_000);
});

describe('closing the engine during the warm-up', () => {
  it('stops it and closes', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'idle-warm-close-'));
    try {
      const seeds = join(tmp, 'seeds');
      await cp(resolve('seeds'), seeds, { recursive: true });
      const config = { ...loadConfig({}), SEEDS_DIR: seeds, INDEX_DIR: join(tmp, 'index') };
      const engine = await createEngine(config, { embedder: null, logger: quiet });
      const warming = engine.warmUpWhenIdle?.({ questions: 1_000, budgetMs: 60_000 });
      await new Promise((r) => setTimeout(r, 30));
      await engine.close();
      const report = await warming;
      expect(report?.stopped).toBe(true);
      expect(report?.asked).toBeLessThan(1_000);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
