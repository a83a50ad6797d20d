import 'dotenv/config';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { feedbackCases } from '../conversation/export.ts';
import { openConversationState } from '../conversation/state.ts';
import { runCli } from './run.ts';

const USAGE = `usage: npm run feedback -- [--export FILE] [--up] [--limit N]
  Without --export: the vote totals and the latest 👎 answers with their questions.
  --export FILE  write the 👎 answers as JSONL in the evaluation question format (gold fields
                 "type", "docs", "must" empty for an admin to fill; "feedback" holds what was answered)
  --up           the 👍 answers instead
  --limit N      at most N answers, the most recently voted first (default: all; listing: 10)`;

/** Answers listed without --export when --limit is not given. */
const DEFAULT_LIST = 10;

async function main(): Promise<number> {
  let values: { export?: string; up?: boolean; limit?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        export: { type: 'string' },
        up: { type: 'boolean' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`feedback: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    process.stderr.write(`feedback: --limit takes a whole number of at least 1, not "${values.limit}"\n`);
    return 2;
  }
  const config = loadConfig();
  const state = openConversationState(config);
  try {
    const verdict = values.up ? 'up' : 'down';
    if (values.export) {
      const cases = feedbackCases(state.feedback.latest(verdict, limit));
      writeFileSync(values.export, cases.map((c) => `${JSON.stringify(c)}\n`).join(''));
      process.stdout.write(
        `feedback: wrote ${cases.length} ${verdict === 'down' ? '👎' : '👍'} answer(s) to ${values.export}; fill in "type", "docs" and "must" before adding them to a question file\n`,
      );
      return 0;
    }
    const totals = state.feedback.counts();
    const items = state.feedback.latest(verdict, limit ?? DEFAULT_LIST);
    const lines = [`feedback: ${config.STATE_DIR} — 👍 ${totals.up} · 👎 ${totals.down}`];
    for (const item of items) {
      const docs = [...new Set(item.citations.map((c) => c.docId))].join(', ') || 'no citation';
      lines.push(
        `${new Date(item.votedAt).toISOString()}  ${item.downs}👎 ${item.ups}👍  ${item.id}\n  ? ${item.question}\n  → ${item.answer.split('\n')[0]}\n  [${docs}]`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    state.close();
  }
}

runCli(main);
