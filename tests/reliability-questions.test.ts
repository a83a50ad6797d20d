/**
 * Bad questions, through `npm run ask -- --json` (spawned, questions on standard input) and through
 * the bot's handlers over a real engine (seeds + the offline test model, so the vector path sees
 * every input too). Each gets an answer or a polite message, nothing crashes, nothing the user typed
 * reaches Telegram unescaped, and the index still answers a normal question afterwards.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../src/bot/errors.ts';
import { EMPTY_QUESTION } from '../src/bot/features/question.ts';
import { buildTestModel } from '../src/embed/test-model.ts';
import type { Answer } from '../src/engine/types.ts';
import { type RealBot, startRealBot, strayMarkup, text } from './helpers/real-bot.ts';
import { killAllChildren, projectRoot, runTsx } from './helpers/reliability.ts';

const NORMAL = 'Ai chủ trì hội nghị giao ban Khối Đảng quý I năm 2021 ở Mường Lay?';
const LONG = `Ai chủ trì hội nghị giao ban? ${'rất dài '.repeat(2_600)}`.slice(0, 20_000);

/** One question per line (no line breaks inside). */
const BAD_QUESTIONS: Record<string, string> = {
  'one character': '?',
  'one letter': 'a',
  'emoji only': '😀🎉🇻🇳',
  'SQL injection': `'; DROP TABLE docs; --`,
  'SQL tautology': '") OR 1=1 --',
  'FTS5 syntax': 'NEAR(a b) AND * "',
  'FTS5 column filter': 'text: giao* OR folded:^ban',
  HTML: '<b>hi</b> <script>alert(1)</script> <a href="javascript:x">x</a> &amp;',
  Markdown: '**Ai** _chủ_ `trì` [hội nghị](http://example.com) # quý I',
  Chinese: '2021年第一季度会议由谁主持？',
  Arabic: 'من ترأس الاجتماع في الربع الأول من عام 2021؟',
  'control characters': 'Ai\u0000 chủ\u0007 trì\u001b[31m hội nghị\u202e?',
  '20,000 characters': LONG,
};

describe('npm run ask -- --json with bad questions on standard input', () => {
  let root: string;
  let indexDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'rel-ask-'));
    const seeds = path.join(root, 'seeds');
    cpSync(path.join(projectRoot, 'seeds'), seeds, { recursive: true });
    const model = buildTestModel({ out: path.join(root, 'model'), corpusDirs: [seeds] });
    indexDir = path.join(root, 'index');
    env = { EMBEDDING_MODEL: model.dir, MODELS_DIR: path.join(root, 'models') };
    const built = await runTsx('src/cli/index.ts', ['--source', seeds, '--out', indexDir], {
      env,
      timeoutMs: 60_000,
    });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('hybrid');
  }, 90_000);

  afterAll(async () => {
    await killAllChildren();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('answers every line (one JSON object each, in order), then a normal question', async () => {
    // Blank and whitespace-only lines are questions too: one JSON line each, so output pairs with input.
    const questions = [...Object.values(BAD_QUESTIONS), '', '  \t  ', NORMAL];
    const run = await runTsx('src/cli/ask.ts', ['--index', indexDir, '--json'], {
      env,
      stdin: `${questions.join('\n')}\n`,
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Answer);
    expect(answers.map((a) => a.question)).toEqual(questions);
    for (const a of answers) {
      expect(a.answer.length, a.question.slice(0, 40)).toBeGreaterThan(0);
      // Every [n] has its citation.
      const markers = new Set([...a.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
      expect([...markers].sort()).toEqual(a.citations.map((c) => c.n).sort());
    }
    const long = answers[Object.keys(BAD_QUESTIONS).indexOf('20,000 characters')]!;
    expect(long.notes).toEqual(['Câu hỏi quá dài, chỉ xét 2000 ký tự đầu.']);
    const normal = answers.at(-1)!;
    expect(normal.answered).toBe(true);
    expect(normal.answer).toContain('Ngôn Ngọc Khuê');
    expect(run.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
  });

  it.each([
    ['an empty', ''],
    ['a whitespace-only', '  \t  '],
  ])('answers %s question given as an argument with a polite message', async (_name, q) => {
    const run = await runTsx('src/cli/ask.ts', ['--index', indexDir, '--json', q], {
      env,
      timeoutMs: 60_000,
    });
    expect(run.code, run.stderr).toBe(0);
    const a = JSON.parse(run.stdout.trim()) as Answer;
    expect(a.answered).toBe(false);
    expect(a.answer).toBe('Xin hãy nhập câu hỏi, ví dụ: "Ai chủ trì hội nghị giao ban quý I năm 2021?"');
  });
});

describe('the bot with bad questions (real engine, test model)', () => {
  let rb: RealBot;
  beforeAll(async () => {
    rb = await startRealBot();
  }, 60_000);
  afterAll(async () => {
    await rb?.close();
  });

  const cases = {
    ...BAD_QUESTIONS,
    'whitespace only': ' \t  \n ',
    'line breaks': 'Ai chủ trì\n\n\nhội nghị giao ban\nquý I năm 2021?',
  };

  it.each(Object.entries(cases))('%s: one polite reply, escaped, no error', async (name, q) => {
    const user = 30_000 + Object.keys(cases).indexOf(name);
    const logsBefore = rb.logs.length;
    await rb.handle(text(q, { from: user }));
    const replies = rb.sent(user);
    expect(replies.length).toBeGreaterThanOrEqual(1);
    for (const r of replies) {
      expect(r.text).not.toBe(APOLOGY);
      expect(r.text.trim().length).toBeGreaterThan(0);
      expect(r.text.length).toBeLessThanOrEqual(4096);
      if (r.parse_mode === 'HTML') expect(strayMarkup(r.text)).toEqual([]);
    }
    if (name === 'whitespace only') expect(replies.map((r) => r.text)).toEqual([EMPTY_QUESTION]);
    if (name === '20,000 characters')
      expect(replies[0]!.text).toContain('Câu hỏi quá dài, chỉ xét 2000 ký tự đầu.');
    const errors = rb.logs.slice(logsBefore).filter((l) => (JSON.parse(l) as { level: number }).level >= 50);
    expect(errors).toEqual([]);
  });

  it('still answers a normal question afterwards, from the same index', async () => {
    await rb.handle(text(NORMAL, { from: 31_999 }));
    const [reply] = rb.sent(31_999);
    expect(reply?.text).toContain('Ngôn Ngọc Khuê');
    expect(reply?.text).toContain('[1]');
    expect(rb.engine.stats().articles).toBe(5);
  });
});
