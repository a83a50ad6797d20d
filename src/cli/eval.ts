import 'dotenv/config';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createEngine } from '../engine/create.ts';
import { parseDialogues, runDialogues, summarizeDialogues } from '../eval/dialogues.ts';
import { type EvalQuestion, type EvalResult, scoreAnswer, summarize } from '../eval/score.ts';
import { runCli } from './run.ts';

const DEFAULT_QUESTIONS = resolve('../shared/eval/questions.jsonl');
const USAGE = `usage: npm run eval -- [--questions FILE | --dialogues FILE] [--index DIR] [--json] [--verbose]
  --questions FILE  JSONL questions (default ../shared/eval/questions.jsonl)
  --dialogues FILE  JSONL dialogues instead: {"id", "turns": [{"q", "type", "docs", "must",
                    "expect": "answer"|"clarify"|"none", "choose"?}]}, each played as one conversation
  --index DIR       index folder (default INDEX_DIR, else embeddings/)
  --json            print the summary and every result as JSON
  --verbose         print each wrong answer`;

async function main(): Promise<number> {
  let values: {
    questions?: string;
    dialogues?: string;
    index?: string;
    json?: boolean;
    verbose?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        questions: { type: 'string' },
        dialogues: { type: 'string' },
        index: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.dialogues !== undefined) {
    if (values.questions !== undefined) {
      process.stderr.write('eval: give --questions or --dialogues, not both\n');
      return 2;
    }
    return evalDialogues(values.dialogues, values);
  }
  const file = values.questions ?? DEFAULT_QUESTIONS;
  if (!existsSync(file)) {
    process.stderr.write(`eval: no question file at ${file}; pass --questions FILE\n`);
    return 2;
  }
  const questions = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as EvalQuestion;
      } catch {
        throw new Error(`eval: ${file}:${i + 1} is not valid JSON`);
      }
    });
  const config = loadConfig();
  if (values.index) config.INDEX_DIR = values.index;
  const engine = await createEngine(config, { buildIfMissing: false });
  const results: EvalResult[] = [];
  const wrong: string[] = [];
  try {
    for (const q of questions) {
      const a = await engine.ask(q.q);
      const r = scoreAnswer(q, a);
      results.push(r);
      if (!r.correct)
        wrong.push(
          `✗ ${q.id} [${q.type}] ${q.q}\n  must=${JSON.stringify(q.must)} docs=${q.docs.join(',')}\n  ${a.answer.replace(/\n/g, '\n  ')}`,
        );
    }
  } finally {
    await engine.close();
  }
  const s = summarize(results);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ summary: s, stats: engine.stats(), results }, null, 2)}\n`);
    return 0;
  }
  if (values.verbose) process.stdout.write(`${wrong.join('\n\n')}\n\n`);
  const row = (name: string, t: { total: number; correct: number }) =>
    `  ${name.padEnd(10)} ${String(t.correct).padStart(3)}/${String(t.total).padEnd(3)} ${((100 * t.correct) / t.total).toFixed(1).padStart(5)}%`;
  const stats = engine.stats();
  process.stdout.write(
    [
      `eval: ${file} — index ${config.INDEX_DIR} (${stats.vectors ? `hybrid, ${stats.model}` : 'keyword-only'})`,
      'by type:',
      ...Object.entries(s.byType).map(([k, v]) => row(k, v)),
      'by language:',
      ...Object.entries(s.byLang).map(([k, v]) => row(k, v)),
      `accuracy            ${s.correct}/${s.total} = ${(100 * s.accuracy).toFixed(1)}%`,
      `citation precision  ${(100 * s.citationPrecision).toFixed(1)}%`,
      `none answered       ${s.noneAnswered}`,
      `latency             p50 ${s.p50Ms.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms`,
      '',
    ].join('\n'),
  );
  return 0;
}

/** `--dialogues FILE`: play each dialogue as a conversation and score every turn. */
async function evalDialogues(
  file: string,
  values: { index?: string; json?: boolean; verbose?: boolean },
): Promise<number> {
  if (!existsSync(file)) {
    process.stderr.write(`eval: no dialogue file at ${file}\n`);
    return 2;
  }
  const dialogues = parseDialogues(readFileSync(file, 'utf8'), file);
  const config = loadConfig();
  if (values.index) config.INDEX_DIR = values.index;
  const engine = await createEngine(config, { buildIfMissing: false });
  let results: Awaited<ReturnType<typeof runDialogues>>;
  try {
    results = await runDialogues(engine, dialogues);
  } finally {
    await engine.close();
  }
  const s = summarizeDialogues(results);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ summary: s, stats: engine.stats(), results }, null, 2)}\n`);
    return 0;
  }
  if (values.verbose) {
    const wrong = results.filter((r) => !r.correct || r.wrongMeeting);
    const lines = wrong.map(
      (r) =>
        `${r.wrongMeeting ? '✗✗ wrong meeting' : '✗'} ${r.dialogue}#${r.turn} expected ${r.expect}, got ${r.got}: ${r.q}\n  cited ${r.citedDocs.join(', ') || 'nothing'}\n  ${r.answer.replace(/\n/g, '\n  ')}`,
    );
    process.stdout.write(`${lines.join('\n\n')}\n\n`);
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
  const stats = engine.stats();
  process.stdout.write(
    [
      `eval: ${file} — index ${config.INDEX_DIR} (${stats.vectors ? `hybrid, ${stats.model}` : 'keyword-only'})`,
      'turns by expectation:',
      ...Object.entries(s.byExpect).map(
        ([k, v]) =>
          `  ${k.padEnd(10)} ${String(v.correct).padStart(3)}/${String(v.total).padEnd(3)} ${pct(v.correct, v.total).padStart(5)}%`,
      ),
      `turn accuracy       ${s.turnsCorrect}/${s.turns} = ${pct(s.turnsCorrect, s.turns)}%`,
      `dialogues all right ${s.dialoguesCorrect}/${s.dialogues}`,
      `wrong meeting       ${s.wrongMeeting}`,
      `latency             p50 ${s.p50Ms.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms`,
      '',
    ].join('\n'),
  );
  return 0;
}

runCli(main);
